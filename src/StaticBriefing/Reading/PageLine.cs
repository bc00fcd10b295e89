namespace StaticBriefing.Reading;

/// <summary>
/// One line of a seed page and what the chrome pass made of it. DateOnly marks date bars and
/// post-date widgets; InWidget marks lines of a CMS post-meta block.
/// </summary>
public sealed record PageLine(int Number, string Text, bool IsChrome, bool DateOnly, bool InWidget)
{
    public string Trimmed => Text.Trim();

    public bool IsBlank => Trimmed.Length == 0;

    public bool IsContent => !IsBlank && !IsChrome;
}
