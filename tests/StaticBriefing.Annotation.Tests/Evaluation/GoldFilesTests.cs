using System.Text.RegularExpressions;
using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Evaluation;

/// <summary>
/// Every gold set (the seeds', Heldout, Blind, Final, Fresh, Sealed, Vault, Ledger, Quarry, Harbor, Keel, Lantern, Meadow, Orchard, Prairie, Willow, Tundra, Cedar, Juniper, Aspen) reads strictly, and every string it marks as
/// exact occurs in its article, as the gold README's check requires (whitespace runs compared as
/// one, for the no-break spaces and the line break inside one sentence).
/// </summary>
public class GoldFilesTests
{
    public static TheoryData<string, string> Sets() => new()
    {
        { "Gold", "seeds" },
        { "Heldout", "tests/StaticBriefing.Annotation.Tests/Heldout/seeds" },
        { "Blind", "tests/StaticBriefing.Annotation.Tests/Blind/seeds" },
        { "Final", "tests/StaticBriefing.Annotation.Tests/Final/seeds" },
        { "Fresh", "tests/StaticBriefing.Annotation.Tests/Fresh/seeds" },
        { "Sealed", "tests/StaticBriefing.Annotation.Tests/Sealed/seeds" },
        { "Vault", "tests/StaticBriefing.Annotation.Tests/Vault/seeds" },
        { "Ledger", "tests/StaticBriefing.Annotation.Tests/Ledger/seeds" },
        { "Quarry", "tests/StaticBriefing.Annotation.Tests/Quarry/seeds" },
        { "Harbor", "tests/StaticBriefing.Annotation.Tests/Harbor/seeds" },
        { "Keel", "tests/StaticBriefing.Annotation.Tests/Keel/seeds" },
        { "Lantern", "tests/StaticBriefing.Annotation.Tests/Lantern/seeds" },
        { "Meadow", "tests/StaticBriefing.Annotation.Tests/Meadow/seeds" },
        { "Orchard", "tests/StaticBriefing.Annotation.Tests/Orchard/seeds" },
        { "Prairie", "tests/StaticBriefing.Annotation.Tests/Prairie/seeds" },
        { "Willow", "tests/StaticBriefing.Annotation.Tests/Willow/seeds" },
        { "Tundra", "tests/StaticBriefing.Annotation.Tests/Tundra/seeds" },
        { "Cedar", "tests/StaticBriefing.Annotation.Tests/Cedar/seeds" },
        { "Juniper", "tests/StaticBriefing.Annotation.Tests/Juniper/seeds" },
        { "Aspen", "tests/StaticBriefing.Annotation.Tests/Aspen/seeds" },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_exact_gold_string_occurs_in_its_article(string set, string seeds)
    {
        var golds = GoldReader.ReadFolder(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", set));
        golds.Count.ShouldBe(set == "Gold" ? 5 : 3);
        foreach (var gold in golds)
        {
            var text = Fold(File.ReadAllText(Path.Combine(RepositoryPaths.Root, seeds, gold.Id + ".txt")));
            var lines = text.Split('\n').Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
            var exact = gold.Actors.SelectMany(a => a.Mentions)
                .Concat(gold.Dates.Select(d => d.Text))
                .Concat(gold.Demands.Select(d => d.Sentence));
            exact.Where(s => !text.Contains(Fold(s), StringComparison.Ordinal))
                .ShouldBeEmpty($"{gold.Id}: strings not in the article");
            gold.Metadata.Boilerplate.Where(b => !lines.Contains(Fold(b).Trim()))
                .ShouldBeEmpty($"{gold.Id}: boilerplate lines not in the article");
        }
    }

    private static string Fold(string text) => Regex.Replace(text.Replace("\r\n", "\n"), @"[ \t\u00A0]+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
}
