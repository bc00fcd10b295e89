using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>
/// The tagger hands its token lists on from text to text on a thread and refills one match list per
/// scanner: no text's dates may depend on the texts read before it.
/// </summary>
public class DateBufferReuseTests
{
    private static readonly DateRecognizer Recognizer = new(TemporalLexicon.Parse(
        new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));

    private const string Timeline = "Dec. 28 - Trump hosts the Ukrainian president\nJan. 6 - The allies sign a declaration\nFeb. 1 - Talks are due to resume in Abu Dhabi";

    private const string DayList = "Envoys met on May 16 and 17 and again in the first half of 2025.";

    [Fact]
    public void Texts_read_one_after_another_get_the_dates_each_gets_alone()
    {
        // A sentence too long for its token list to be kept, then a timeline, a day list and the timeline again.
        var flood = string.Concat(Enumerable.Repeat("talks on May 16 and 17, ", 2_000));
        Values(flood, new ReferenceDate(2025, 7, 22)).Count.ShouldBe(4_000);
        for (var round = 0; round < 2; round++)
        {
            Values(Timeline, new ReferenceDate(2026, 1, 26)).ShouldBe(["2025-12-28", "2026-01-06", "2026-02-01"]);
            Values(DayList, new ReferenceDate(2025, 7, 22)).ShouldBe(["2025-05-16", "2025-05-17", "2025-H1"]);
        }
    }

    private static List<string> Values(string text, ReferenceDate published) =>
        Recognizer.Recognize(text, new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray(), published).Select(d => d.Value).ToList();
}
