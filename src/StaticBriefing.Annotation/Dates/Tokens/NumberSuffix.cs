namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>Letters glued to a number: "22nd" is ordinal, "1990s" plural.</summary>
internal enum NumberSuffix
{
    None,
    Ordinal,
    Plural,
}
