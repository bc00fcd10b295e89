namespace StaticBriefing.Annotation.Dates.Tokens;

/// <summary>
/// Splits text into words (letters), numbers (digits with inner separators, an ordinal or plural
/// suffix) and single-character symbols. One pass, no regex, linear in the input.
/// </summary>
internal static class TemporalTokenizer
{
    /// <summary>Tokenizes into <paramref name="tokens"/>, which is cleared first; <paramref name="addWords"/> registers new words (loading data).</summary>
    public static List<TemporalToken> Tokenize(string text, int start, int end, Vocabulary words, List<TemporalToken> tokens, bool addWords = false)
    {
        tokens.Clear();
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
                // The word's hash is taken as it is read, so looking it up reads it only to compare.
                var hash = CaseFoldHash.Seed;
                while (i < end && char.IsLetter(text[i]))
                {
                    hash = CaseFoldHash.Step(hash, text[i]);
                    i++;
                }
                var word = text.AsSpan(tokenStart, i - tokenStart);
                var id = addWords ? words.Add(word) : words.Find(word, hash);
                tokens.Add(new TemporalToken(tokenStart, i, TokenKind.Word, id, -1, 0, NumberSuffix.None, space, char.IsUpper(c)));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i, end, space));
            }
            else
            {
                i++;
                var symbol = text.AsSpan(tokenStart, 1);
                tokens.Add(new TemporalToken(tokenStart, i, TokenKind.Symbol, addWords ? words.Add(symbol) : words.Find(symbol), -1, 0, NumberSuffix.None, space, false));
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
        var value = !separated && digits <= 9 ? int.Parse(text.AsSpan(start, digits), System.Globalization.CultureInfo.InvariantCulture) : GroupedValue(text.AsSpan(start, digits));
        var suffix = ReadSuffix(text, ref i, end);
        return new TemporalToken(start, i, TokenKind.Number, -1, value, separated ? 0 : digits, suffix, space, false);
    }

    /// <summary>"1,000" → 1000: commas between groups of three digits; anything else (decimals, "1,2") has no value.</summary>
    private static int GroupedValue(ReadOnlySpan<char> number)
    {
        if (number.Length > 11)
        {
            return -1;
        }
        var value = 0;
        var sinceComma = -1;
        foreach (var c in number)
        {
            if (c == ',')
            {
                if (sinceComma is not (-1 or 3) || value == 0 || (sinceComma == -1 && value > 999))
                {
                    return -1;
                }
                sinceComma = 0;
            }
            else if (c == '.')
            {
                return -1;
            }
            else
            {
                value = (value * 10) + (c - '0');
                sinceComma = sinceComma >= 0 ? sinceComma + 1 : -1;
            }
        }
        return sinceComma == 3 ? value : -1;
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
