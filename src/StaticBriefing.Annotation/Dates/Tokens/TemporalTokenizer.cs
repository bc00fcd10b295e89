namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Splits text into words (letters), numbers (digits with inner separators, an ordinal or plural
/// suffix) and single-character symbols. One pass, no regex, linear in the input.
/// </summary>
internal static class TemporalTokenizer
{
    public static List<TemporalToken> Tokenize(string text, int start, int end, Func<ReadOnlySpan<char>, int> wordId)
    {
        var tokens = new List<TemporalToken>(Math.Max(4, (end - start) / 5));
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            var tokenStart = i;
            if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }
                tokens.Add(new TemporalToken(tokenStart, i, TokenKind.Word, wordId(text.AsSpan(tokenStart, i - tokenStart)), -1, 0, NumberSuffix.None, space, char.IsUpper(c)));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i, end, space));
            }
            else
            {
                i++;
                tokens.Add(new TemporalToken(tokenStart, i, TokenKind.Symbol, wordId(text.AsSpan(tokenStart, 1)), -1, 0, NumberSuffix.None, space, false));
            }
            space = false;
        }
        return tokens;
    }

    private static TemporalToken ReadNumber(string text, ref int i, int end, bool space)
    {
        var start = i;
        var separated = false;
        while (i < end)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
            {
                separated = true;
                i++;
            }
            else
            {
                break;
            }
        }
        var digits = i - start;
        var value = !separated && digits <= 9 ? int.Parse(text.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture) : -1;
        var suffix = ReadSuffix(text, ref i, end);
        return new TemporalToken(start, i, TokenKind.Number, -1, value, separated ? 0 : digits, suffix, space, false);
    }

    private static NumberSuffix ReadSuffix(string text, ref int i, int end)
    {
        var letters = 0;
        while (i + letters < end && char.IsLetter(text[i + letters]))
        {
            letters++;
        }
        var word = text.AsSpan(i, letters);
        NumberSuffix suffix;
        if (word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase))
        {
            suffix = NumberSuffix.Ordinal;
        }
        else if (word.Equals("s", StringComparison.OrdinalIgnoreCase))
        {
            suffix = NumberSuffix.Plural;
        }
        else
        {
            return NumberSuffix.None;
        }
        i += letters;
        return suffix;
    }
}
