namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// Splits text into word and punctuation tokens in one linear pass. Apostrophes inside a word are
/// kept ("don't"), a trailing possessive becomes its own "'s" token, quote marks are dropped so
/// that cue phrases match across quoted words.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        var closed = false;
        while (i < end)
        {
            var c = text[i];
            var before = tokens.Count;
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else
            {
                if (IsQuote(c))
                {
                    closed |= IsClosingQuote(text, i, start);
                }
                else if (!char.IsWhiteSpace(c))
                {
                    tokens.Add(new Token(NormalisePunctuation(c), i, i + 1, false));
                }
                i++;
            }
            if (closed && tokens.Count > before)
            {
                tokens[before] = tokens[before] with { ClosesQuote = true };
                closed = false;
            }
        }
        return tokens;
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '`' or '\u201E';

    private static int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            else if (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))
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
        var norm = Normalise(text, start, i);
        if (norm.Length > 2 && norm.EndsWith("'s", StringComparison.Ordinal))
        {
            tokens.Add(new Token(norm[..^2], start, i - 2, true));
            tokens.Add(new Token("'s", i - 2, i, true));
        }
        else
        {
            tokens.Add(new Token(norm, start, i, true));
        }
        return i;
    }

    private static bool IsClosingQuote(string text, int i, int start) => text[i] switch
    {
        '\u201D' or '\u00BB' => true,
        '\u201C' or '\u00AB' or '\u2018' or '\u201E' => false,
        _ => i > start && !char.IsWhiteSpace(text[i - 1]),
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static string Normalise(string text, int start, int end)
    {
        Span<char> buffer = end - start <= 256 ? stackalloc char[end - start] : new char[end - start];
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            buffer[i - start] = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }
        return new string(buffer);
    }

    private static string NormalisePunctuation(char c) => c switch
    {
        '\u2013' or '\u2014' or '\u2015' => "\u2014",
        '\u2010' or '\u2011' => "-",
        _ => c.ToString(),
    };
}
