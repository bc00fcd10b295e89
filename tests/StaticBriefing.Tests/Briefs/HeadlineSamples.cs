using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Briefs;

/// <summary>An invented article whose headline names an actor and states a position, for the headline tests.</summary>
public static class HeadlineSamples
{
    public const string Headline = "Kyiv proposes a summit in Geneva";
    public const string Lead = "Delegations met on Monday.";
    public const string Second = "Nothing was agreed.";

    /// <summary>Headline (sentence 0) with an actor and a demand in it, then one paragraph of two sentences.</summary>
    public static ArticleBuilder WithHeadline(string headline = Headline) => new ArticleBuilder()
        .Headline(headline)
        .Paragraph(Lead, Second)
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party", true, (0, "Kyiv"))
        .Demand(0, "a summit", "ukraine", "leaders-meeting", Stance.Proposes, "ukraine");

    /// <summary>The same lines, the first one an ordinary paragraph rather than the article's headline.</summary>
    public static ArticleBuilder WithoutHeadline() => new ArticleBuilder()
        .Paragraph(Headline)
        .Paragraph(Lead, Second)
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party", true, (0, "Kyiv"))
        .Demand(0, "a summit", "ukraine", "leaders-meeting", Stance.Proposes, "ukraine");
}
