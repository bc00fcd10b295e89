namespace StaticBriefing.Reading;

/// <summary>
/// One line of a seed page and what the chrome pass made of it. DateOnly marks date bars and
/// post-date widgets; InWidget marks lines of a CMS post-meta block.
/// </summary>
public sealed record PageLine(int Number, string Text, bool IsChrome, bool DateOnly, bool InWidget)
{
    /// <summary>A line of a reference list or an infobox: content, though shaped like chrome (a copy of the title as a caption too).</summary>
    public bool Structured { get; init; }

    public string Trimmed => Text.Trim();

    public bool IsBlank => Trimmed.Length == 0;

    public bool IsContent => !IsBlank && !IsChrome;
}
