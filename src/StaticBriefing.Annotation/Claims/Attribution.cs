namespace StaticBriefing.Annotation.Claims;

/// <summary>Where an attribution ("X said") stands against what was said.</summary>
public enum Attribution
{
    /// <summary>Before it: "X said that …".</summary>
    Leading,

    /// <summary>Right after a closing quote: "“…,” X said".</summary>
    AfterQuote,

    /// <summary>Between commas or at the end: "…, X said, …", "…, according to X."</summary>
    Parenthetical,
}
