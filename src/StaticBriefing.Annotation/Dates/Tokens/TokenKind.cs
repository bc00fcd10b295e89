namespace StaticBriefing.Annotation.Dates.Tokens;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}
