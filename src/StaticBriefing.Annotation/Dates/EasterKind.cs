namespace StaticBriefing.Annotation.Dates;

/// <summary>Which Easter a holiday counts from, if any.</summary>
internal enum EasterKind
{
    None,
    Western,
    Orthodox,
}
