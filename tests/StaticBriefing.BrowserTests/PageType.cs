namespace StaticBriefing.BrowserTests;

/// <summary>A kind of page ("brief") and the root-relative URL of one example of it.</summary>
public sealed record PageType(string Name, string Path)
{
    public override string ToString() => Name;
}
