namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// One token of the text: [Start, End) offsets, its vocabulary id (-1 when the word is not in the
/// temporal vocabulary), and for numbers their value (-1 when it has separators or is too long).
/// </summary>
internal readonly record struct TemporalToken(
    int Start,
    int End,
    TokenKind Kind,
    int WordId,
    int Number,
    int Digits,
    NumberSuffix Suffix,
    bool SpaceBefore,
    bool Capitalized)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPlainNumber => Kind == TokenKind.Number && Number >= 0;
}
