using StaticBriefing.Annotation.Model;
using StaticBriefing.Evaluation;
using StaticBriefing.Reading;

namespace StaticBriefing.Annotation.Tests.Evaluation;

/// <summary>Tiny hand-made texts, gold files and predictions for proving the scorer's arithmetic.</summary>
internal static class ScoringFixtures
{
    public static AnnotatedText Annotated(
        string text,
        IEnumerable<ActorAnnotation>? actors = null,
        IEnumerable<DateAnnotation>? dates = null,
        IEnumerable<DemandAnnotation>? demands = null,
        IEnumerable<Sentence>? sentences = null,
        IEnumerable<ClaimAnnotation>? claims = null) => new(
            text,
            (sentences ?? [new Sentence(0, 0, text.Length)]).ToEquatableArray(),
            (actors ?? []).ToEquatableArray(),
            (dates ?? []).ToEquatableArray(),
            (demands ?? []).ToEquatableArray(),
            EquatableArray<QuoteAnnotation>.Empty,
            (claims ?? []).ToEquatableArray());

    /// <summary>An actor whose mentions are the given strings, each at its first occurrence.</summary>
    public static ActorAnnotation Actor(string text, string id, params string[] mentions) => new(
        id, id, ActorKind.Person, "none", "", true,
        mentions.Select(m => new Mention(text.IndexOf(m, StringComparison.Ordinal), text.IndexOf(m, StringComparison.Ordinal) + m.Length, 0)).ToEquatableArray());

    public static DateAnnotation Date(string text, string surface, string value, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        }
        return new DateAnnotation(start, start + surface.Length, 0, TimexType.Date, value, TimexMod.None);
    }

    public static EquatableArray<string> Strings(params string[] items) => items.ToEquatableArray();

    public static GoldDate GoldDate(string text, string value, string refersTo = "event") => new(text, value, null, "DATE", refersTo);

    public static GoldArticle Gold(
        IEnumerable<GoldActor>? actors = null,
        IEnumerable<GoldDate>? dates = null,
        IEnumerable<GoldDemand>? demands = null,
        IEnumerable<string>? boilerplate = null,
        string? title = "A headline",
        IEnumerable<GoldClaim>? claims = null) => new(
            "x",
            new GoldMetadata(title, "Outlet", "Ann Author", "2025-07-22", (boilerplate ?? []).ToEquatableArray()),
            (actors ?? []).ToEquatableArray(),
            (dates ?? []).ToEquatableArray(),
            (demands ?? []).ToEquatableArray(),
            (claims ?? []).ToEquatableArray());

    public static Article Article(string text, string title = "A headline", bool generated = false) => new(
        "x", title, generated, "Outlet", "Ann Author", new ReferenceDate(2025, 7, 22), "byline",
        text.Split("\n\n").ToEquatableArray(), "seeds/x.txt");
}
