namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// One word or punctuation mark of a sentence: its lower-case normal form and [Start, End) offsets
/// into the whole text. Quote marks are not tokens; a possessive "’s" is a token of its own.
/// ClosesQuote says a closing quote mark stands between the previous token and this one. Known
/// says the word was looked up in a <see cref="Vocabulary"/>; then Mask holds the cue sets it may start
/// and WordId its id there (-1: the vocabulary does not hold it), so a cue set finds its patterns by array index.
/// </summary>
public readonly record struct Token(string Norm, int Start, int End, bool IsWord, bool ClosesQuote = false, bool Known = false, ulong Mask = 0, int WordId = -1);
