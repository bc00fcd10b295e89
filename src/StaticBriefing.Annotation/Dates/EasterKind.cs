namespace StaticBriefing.Annotation.Dates;

/// <summary>Which Easter a holiday counts from, if any; <see cref="ByContext"/> lets the words around it decide (western without a cue).</summary>
internal enum EasterKind
{
    None,
    Western,
    Orthodox,
    ByContext,
}
