using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Editorial;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Sources;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Site;

/// <summary>Builds a site from hand-made briefs with the repository's theme, in memory.</summary>
internal static class SiteFixture
{
    public static SiteSettings Settings { get; } = new("Istanbul Talks Briefing", "Who acts, what each side demands, and when.", "https://briefing.example.org/", "en", "The editors");

    public static SiteTaxonomy Taxonomy { get; } = new(
        new[] { new LabelledId("russia", "Russia"), new LabelledId("ukraine", "Ukraine"), new LabelledId("usa", "United States"), new LabelledId("turkey", "Turkey") }.ToEquatableArray(),
        new[] { new LabelledId("ceasefire", "Ceasefire"), new LabelledId("leaders-meeting", "Leaders’ meeting"), new LabelledId("prisoner-exchange", "Prisoner exchange") }.ToEquatableArray())
    {
        Comparison = Comparison,
    };

    /// <summary>The repository's own input/disagreements.yml.</summary>
    public static DisagreementRules Comparison => DisagreementRules.Parse(new DataFile(DisagreementRules.FileName, File.ReadAllText(RepositoryPaths.Of("input", "disagreements.yml"))));

    public static SiteInputs Inputs(IReadOnlyList<Brief> briefs, IReadOnlyList<DataFile>? pages = null) => new(
        new FixedBriefSource(briefs),
        new SentenceBodyRenderer(),
        () => Settings,
        () => Taxonomy,
        RepositoryPaths.Of("theme", "assets"),
        () => pages ?? [],
        []);

    public static async Task<BuildResult> BuildAsync(IReadOnlyList<Brief> briefs, IReadOnlyList<DataFile>? pages = null)
    {
        await using var builder = new SiteBuilder();
        return await builder.BuildAsync(Inputs(briefs, pages), SilentProgress.Instance);
    }

    public static string Page(this BuildResult result, string path) =>
        result.Files.SingleOrDefault(file => file.Path == path)?.ReadText() ?? throw new InvalidOperationException($"no {path} in the build");
}
