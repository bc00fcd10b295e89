using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Actors;

namespace StaticBriefing.Annotation.Tests;

/// <summary>
/// Hostile input (one 10 MB line, a million commas, a million quote marks) cannot make sentences,
/// actors or quotes run away: the bound is a guard against runaway backtracking, far above normal
/// cost. Throughput is measured by the 'bench' command, not here. The class runs alone.
/// </summary>
[Collection(nameof(HostileInputTests))]
[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputTests
{
    private static readonly SentenceSplitter Splitter = new(Knowledge.Sentences);
    private static readonly ActorRecognizer Recognizer = new(Knowledge.Actors);
    private static readonly QuoteFinder Quotes = new(Knowledge.Actors);

    [Theory]
    [InlineData("line")]
    [InlineData("commas")]
    [InlineData("quotes")]
    [InlineData("capitals")]
    public void Hostile_input_finishes_in_bounded_time(string shape)
    {
        var text = shape switch
        {
            "line" => string.Concat(Enumerable.Repeat("Kremlin spokesperson Dmitry Peskov said “no”, the Russian president ", 150_000)),
            "commas" => new string(',', 1_000_000) + "Putin" + new string(',', 1_000_000),
            "quotes" => string.Concat(Enumerable.Repeat("“a b” \"c d ‘e f g’ ", 200_000)),
            _ => string.Concat(Enumerable.Repeat("By Aaaa Bbbb Cccc (Dddd Eeee/Ffff Gggg) Hhhh Iiii said. ", 100_000)),
        };
        var (sentences, _, _) = HangGuard.Run(() => Read(text));
        sentences.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_shared_holiday_named_over_and_over_with_no_owner_finishes_in_bounded_time()
    {
        // Each mention looks for the nearest owner cue on the whole page: once per page, not once per mention.
        var dates = new DateRecognizer(TemporalLexicon.Parse(new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));
        var text = string.Concat(Enumerable.Repeat("Independence Day, ", 100_000)) + "Ukraine.";
        var found = HangGuard.Run(() => dates.Recognize(text, Splitter.Split(text), new ReferenceDate(2027, 8, 25)));
        found.Count.ShouldBeGreaterThan(0);
    }

    private static (int Sentences, int Actors, int Quotes) Read(string text)
    {
        var sentences = Splitter.Split(text);
        var actors = Recognizer.Recognize(text, sentences);
        var quotes = Quotes.Find(text, sentences, actors);
        return (sentences.Count, actors.Count, quotes.Count);
    }
}
