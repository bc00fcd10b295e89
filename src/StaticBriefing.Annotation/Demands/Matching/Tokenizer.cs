using System.Runtime.InteropServices;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// Splits text into word and punctuation tokens in one linear pass. Apostrophes inside a word are
/// kept ("don't"), a trailing possessive becomes its own "'s" token, quote marks are dropped so
/// that cue phrases match across quoted words.
/// </summary>
public static class Tokenizer
{
    // Tokens are gathered here, then copied into a list of exactly their number: growing each
    // sentence's list by doubling allocated about twice the tokens' size.
    [ThreadStatic]
    private static List<Token>? scratch;

    private const int MaxKeptScratch = 4096;

    public static List<Token> Tokenize(string text, int start, int end, TokenInterner? interner = null, Vocabulary? vocabulary = null)
    {
        var tokens = scratch ?? new List<Token>();
        scratch = null;
        tokens.Clear();
        Fill(text, start, end, interner, vocabulary, tokens);
        var exact = new List<Token>(tokens.Count);
        exact.AddRange(CollectionsMarshal.AsSpan(tokens));
        if (tokens.Capacity <= MaxKeptScratch)
        {
            // A hostile 10 MB sentence must not stay cached.
            scratch = tokens;
        }
        return exact;
    }

    private static void Fill(string text, int start, int end, TokenInterner? interner, Vocabulary? vocabulary, List<Token> tokens)
    {
        var i = start;
        var closed = false;
        while (i < end)
        {
            var c = text[i];
            var before = tokens.Count;
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens, interner, vocabulary);
            }
            else
            {
                if (IsQuote(c))
                {
                    closed |= IsClosingQuote(text, i, start);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    var mark = TokenText.NormalisePunctuation(c);
                    var mask = 0UL;
                    var id = -1;
                    var known = vocabulary is not null && vocabulary.TryGet(mark, out _, out mask, out id);
                    tokens.Add(new Token(mark, i, i + 1, false, Known: vocabulary is not null, Mask: known ? mask : 0, WordId: known ? id : -1));
                }
                i++;
            }
            if (closed && tokens.Count > before)
            {
                tokens[before] = tokens[before] with { ClosesQuote = true };
                closed = false;
            }
        }
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '`' or '\u201E';

    private static int ReadWord(string text, int start, int end, List<Token> tokens, TokenInterner? interner, Vocabulary? vocabulary)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            else if (TokenText.IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else if (text[i] is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
            {
                // 7,000 and 2.5 are one number.
                i++;
            }
            else
            {
                break;
            }
        }
        Span<char> buffer = i - start <= 256 ? stackalloc char[i - start] : new char[i - start];
        var (hash, hashBeforeLastTwo) = TokenText.Normalise(text, start, i, buffer);
        if (buffer.Length > 2 && buffer[^2] == '\'' && buffer[^1] == 's')
        {
            tokens.Add(Word(buffer[..^2], hashBeforeLastTwo, start, i - 2, interner, vocabulary));
            tokens.Add(Word(Possessive, PossessiveHash, i - 2, i, interner, vocabulary));
        }
        else
        {
            tokens.Add(Word(buffer, hash, start, i, interner, vocabulary));
        }
        return i;
    }

    /// <summary>Whether the quote mark at <paramref name="i"/> closes a quote (a curly closing mark, or a straight one right after a word).</summary>
    public static bool IsClosingQuote(string text, int i, int start) => text[i] switch
    {
        '\u201D' or '\u00BB' => true,
        '\u201C' or '\u00AB' or '\u2018' or '\u201E' => false,
        _ => i > start && !char.IsWhiteSpace(text[i - 1]),
    };

    /// <summary>The token a possessive "’s" is split into, which readers look for ("Washington’s draft").</summary>
    public const string Possessive = "'s";

    private static readonly int PossessiveHash = WordHash.Of(Possessive);

    /// <param name="hash">The word's <see cref="WordHash"/>.</param>
    private static Token Word(ReadOnlySpan<char> word, int hash, int start, int end, TokenInterner? interner, Vocabulary? vocabulary)
    {
        if (vocabulary is null)
        {
            return new Token(interner is null ? new string(word) : interner.Intern(word), start, end, true);
        }
        if (interner is not null)
        {
            var looked = interner.Look(word, hash, vocabulary);
            return new Token(looked.Text, start, end, true, Known: true, Mask: looked.Mask, WordId: looked.Id);
        }
        return vocabulary.TryGet(word, out var known, out var mask, out var id)
            ? new Token(known, start, end, true, Known: true, Mask: mask, WordId: id)
            : new Token(interner is null ? new string(word) : interner.Intern(word), start, end, true, Known: true);
    }
}
