using System.Text;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Benchmarking;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Benchmarking;

public class BenchCorpusTests
{
    private static readonly Article[] Articles =
    [
        new("a", "A", false, null, null, null, null, new[] { "One sentence here.", "Another paragraph follows." }.ToEquatableArray(), "seeds/a.txt"),
        new("b", "B", false, null, null, null, null, new[] { "A third line of text.", "And a fourth." }.ToEquatableArray(), "seeds/b.txt"),
    ];

    [Fact]
    public void The_same_seed_builds_the_same_corpus() =>
        BenchCorpus.Build(Articles, 20_000, seed: 7).ShouldBe(BenchCorpus.Build(Articles, 20_000, seed: 7));

    [Fact]
    public void Another_seed_builds_another_corpus() =>
        BenchCorpus.Build(Articles, 20_000, seed: 7).ShouldNotBe(BenchCorpus.Build(Articles, 20_000, seed: 8));

    [Fact]
    public void The_corpus_reaches_the_target_size_from_the_articles_own_text()
    {
        var corpus = BenchCorpus.Build(Articles, 50_000, seed: 1);
        corpus.Sum(d => Encoding.UTF8.GetByteCount(d)).ShouldBeGreaterThanOrEqualTo(50_000);
        var known = Articles.SelectMany(a => a.Paragraphs).ToHashSet();
        corpus.SelectMany(d => d.Split("\n\n")).SelectMany(p => known.Where(p.Contains)).ShouldNotBeEmpty();
        corpus.SelectMany(d => d.Split("\n\n")).ShouldAllBe(p => known.Any(k => p.StartsWith(k, StringComparison.Ordinal)));
    }
}
