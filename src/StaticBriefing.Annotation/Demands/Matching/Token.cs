namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// One word or punctuation mark of a sentence: its lower-case normal form and [Start, End) offsets
/// into the whole text. Quote marks are not tokens; a possessive "’s" is a token of its own.
/// ClosesQuote says a closing quote mark stands between the previous token and this one.
/// </summary>
public readonly record struct Token(string Norm, int Start, int End, bool IsWord, bool ClosesQuote = false);
