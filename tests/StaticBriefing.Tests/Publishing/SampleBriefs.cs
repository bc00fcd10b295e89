using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing;

namespace StaticBriefing.Tests.Publishing;

/// <summary>Hand-built briefs for the publishing tests, including hostile text (markup, control characters, quotes).</summary>
public static class SampleBriefs
{
    public const string Hostile = "Talks <script>alert(\"x\")</script> & \"quotes\", commas; semicolons \\ ]]> end";

    public static PublishSettings Settings { get; } = PublishSettings.Create("https://briefing.example.org", "Test Briefing", "Daily briefing on the test talks.");

    public static PublishTaxonomy Taxonomy { get; } = new(
        new[]
        {
            new ActorDefinition("alpha-leader", "Alpha Leader", ActorKind.Person, "alpha", "President of Alpha",
                new[] { "the Alpha president", "A. Leader" }.ToEquatableArray(), EquatableArray<string>.Empty),
        }.ToEquatableArray(),
        new[] { new IssueDefinition("ceasefire", "Ceasefire", new[] { "truce" }.ToEquatableArray()) }.ToEquatableArray(),
        new[] { new PartyName("alpha", "Alpha"), new PartyName("beta", "Beta") }.ToEquatableArray());

    public static Brief Older { get; } = Make(
        "000_aaaa", "Alpha and Beta meet", "Outlet One", "Ann Writer", new ReferenceDate(2025, 7, 22),
        [
            new BriefSentence("s-aaaaaa", "Alpha Leader said talks will be held on July 23.", 1),
            new BriefSentence("s-bbbbbb", "Beta wants a ceasefire by the end of August.", 1),
            new BriefSentence("s-cccccc", "Alpha rejects a ceasefire.", 2),
        ],
        actors: [new BriefActor("alpha-leader", "Alpha Leader", ActorKind.Person, "alpha", "President of Alpha", true)],
        mentions: [new BriefMention("alpha-leader", "Alpha Leader", "s-aaaaaa")],
        dates:
        [
            new BriefDate("July 23", TimexType.Date, "2025-07-23", TimexMod.None, "s-aaaaaa"),
            new BriefDate("the end of August", TimexType.Date, "2025-08", TimexMod.End, "s-bbbbbb"),
        ],
        demands:
        [
            new BriefDemand("beta", "ceasefire", Stance.Demands, "wants a ceasefire", "s-bbbbbb", null),
            new BriefDemand("alpha", "ceasefire", Stance.Rejects, "rejects a ceasefire", "s-cccccc", "alpha-leader"),
        ],
        quotes: [new BriefQuote("alpha-leader", "talks will be held", "s-aaaaaa")]);

    public static Brief Newer { get; } = Make(
        "001_bbbb", Hostile, null, null, new ReferenceDate(2025, 8),
        [
            new BriefSentence("s-dddddd", "On July 23 the delegations met; " + Hostile + "\u0001.", 1),
            new BriefSentence("s-eeeeee", "Fighting has gone on for three years, since 2022.", 1),
        ],
        actors: [new BriefActor("gamma-reporter", "Gamma <Reporter>", ActorKind.Person, "none", "correspondent", false)],
        mentions: [new BriefMention("gamma-reporter", "Gamma", "s-eeeeee")],
        dates:
        [
            new BriefDate("July 23", TimexType.Date, "2025-07-23", TimexMod.None, "s-dddddd"),
            new BriefDate("three years", TimexType.Duration, "P3Y", TimexMod.None, "s-eeeeee"),
            new BriefDate("since 2022", TimexType.Date, "2022", TimexMod.After, "s-eeeeee"),
        ],
        demands: [],
        quotes: []);

    public static IReadOnlyList<Brief> Both { get; } = [Older, Newer];

    private static Brief Make(
        string id, string title, string? outlet, string? author, ReferenceDate published,
        BriefSentence[] sentences, BriefActor[] actors, BriefMention[] mentions, BriefDate[] dates,
        BriefDemand[] demands, BriefQuote[] quotes) => new(
            new BriefMetadata(id, title, false, outlet, author, published, null, $"seeds/{id}.txt"),
            actors.ToEquatableArray(),
            sentences.ToEquatableArray(),
            mentions.ToEquatableArray(),
            dates.ToEquatableArray(),
            demands.ToEquatableArray(),
            quotes.ToEquatableArray(),
            EquatableArray<BriefClaim>.Empty,
            Body: string.Join("\n\n", sentences.Select(s => s.Text)),
            Markdown: string.Empty,
            SourceFile: $"seeds/{id}.txt");
}
