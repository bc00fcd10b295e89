using System.Text;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>Hostile input completes: the tagger is one linear pass with no regex to time out.</summary>
public class DateRobustnessTests
{
    private static readonly DateRecognizer Recognizer = new(TemporalLexicon.Parse(
        new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));

    private static readonly ReferenceDate Published = new(2025, 7, 22);

    [Fact]
    public void A_ten_megabyte_line_completes_and_still_finds_its_dates()
    {
        var builder = new StringBuilder();
        while (builder.Length < 10_000_000)
        {
            builder.Append("talks on May 16 and 17, 24 and 25 July, almost three and a half years since 2014 – ");
        }
        var text = builder.ToString();
        var found = Recognizer.Recognize(text, Whole(text), Published);
        found.Count.ShouldBeGreaterThan(100_000);
        found[0].Value.ShouldBe("2025-05-16");
    }

    [Fact]
    public void A_million_commas_complete_without_dates()
    {
        var text = "Talks" + new string(',', 1_000_000) + "23";
        Recognizer.Recognize(text, Whole(text), Published).Count.ShouldBe(0);
    }

    [Fact]
    public void Long_runs_of_joiners_and_numbers_complete()
    {
        var text = string.Concat(Enumerable.Repeat("1 and 2, 3-4 – ", 200_000)) + "5 July";
        var found = Recognizer.Recognize(text, Whole(text), Published);
        found[^1].Value.ShouldBe("2025-07-05");
    }

    [Fact]
    public void A_ten_megabyte_digit_run_and_a_signature_flood_complete()
    {
        var digits = new string('7', 10_000_000);
        Recognizer.Recognize(digits, Whole(digits), Published).Count.ShouldBe(0);
        var flood = string.Concat(Enumerable.Repeat("– Name (@x) July 22, 2025\n", 50_000));
        Recognizer.Recognize(flood, Whole(flood), Published).Count.ShouldBe(50_000);
    }

    private static EquatableArray<Sentence> Whole(string text) => new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray();
}
