using System.Diagnostics;
using System.Text;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Actors;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests;

/// <summary>
/// Sentences, actors and quotes stay linear: realistic text at a useful rate, and hostile input
/// (one 10 MB line, a million commas, a million quote marks) in bounded time. The bounds are loose
/// because the machine is shared and tests run in Debug; the measured rate is printed (a Release
/// build reads the seeds at about 10 MB/s on one core). The class runs alone, not beside other tests.
/// </summary>
[Collection(nameof(PerformanceTests))]
[CollectionDefinition(nameof(PerformanceTests), DisableParallelization = true)]
public sealed class PerformanceTests(ITestOutputHelper output)
{
    private static readonly SentenceSplitter Splitter = new(Knowledge.Sentences);
    private static readonly ActorRecognizer Recognizer = new(Knowledge.Actors);
    private static readonly QuoteFinder Quotes = new(Knowledge.Actors);

    [Fact]
    public void Article_text_is_read_at_a_linear_rate()
    {
        var seeds = string.Join("\n\n", Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var text = new StringBuilder();
        while (text.Length < 4_000_000)
        {
            text.Append(seeds).Append("\n\n");
        }
        Read(text.ToString()); // warm up the JIT
        var watch = Stopwatch.StartNew();
        var (sentences, actors, _) = Read(text.ToString());
        var rate = text.Length / 1e6 / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{text.Length / 1e6:0.0} MB in {watch.Elapsed.TotalMilliseconds:0} ms: {rate:0.0} MB/s, {sentences} sentences, {actors} actors");
        rate.ShouldBeGreaterThan(0.4);
    }

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
        var watch = Stopwatch.StartNew();
        Read(text);
        output.WriteLine($"{shape}: {text.Length / 1e6:0.0} MB in {watch.Elapsed.TotalMilliseconds:0} ms");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    private static (int Sentences, int Actors, int Quotes) Read(string text)
    {
        var sentences = Splitter.Split(text);
        var actors = Recognizer.Recognize(text, sentences);
        var quotes = Quotes.Find(text, sentences, actors);
        return (sentences.Count, actors.Count, quotes.Count);
    }
}
