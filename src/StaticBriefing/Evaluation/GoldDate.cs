namespace StaticBriefing.Evaluation;

/// <summary>One gold date occurrence; RefersTo marks metadata/boilerplate dates outside the body.</summary>
public sealed record GoldDate(string Text, string Value, string? Mod, string Type, string RefersTo)
{
    /// <summary>Dates in bylines, datelines and chrome are not body text: a chrome stripper drops them.</summary>
    public bool IsBody => !RefersTo.StartsWith("boilerplate:", StringComparison.Ordinal)
        && !RefersTo.StartsWith("metadata:", StringComparison.Ordinal);
}
