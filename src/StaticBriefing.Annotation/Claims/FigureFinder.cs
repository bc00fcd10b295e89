using System.Globalization;
using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Finds figures worth citing ("over 7,000 bodies", "€100 billion", "18th"): a number with a
/// quantifier, currency or magnitude, or a large number counting something. Years, numbers after a
/// capitalised word or a small one before it (dates such as "May 16", "16 May") are left to the
/// date recognizer. A duration ("30-day truce", "within 100 days") is the term of a proposal, not a figure.
/// </summary>
public sealed class FigureFinder(CueSet quantifiers, CueSet magnitudes, IReadOnlySet<string> currencies, CueSet durations)
{
    /// <summary>The largest number that can be a day of the month.</summary>
    private const int LastDay = 31;

    public List<(int First, int End)> Find(string text, SentenceTokens sentence)
    {
        var figures = new List<(int First, int End)>();
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNumeral(tokens[i].Norm, out var value, out var ordinal))
            {
                continue;
            }
            var first = i;
            var currency = i > 0 && currencies.Contains(tokens[i - 1].Norm);
            if (currency)
            {
                first--;
            }
            var quantified = QuantifierEndingAt(sentence, first, out var quantifierStart);
            if (quantified)
            {
                first = quantifierStart;
            }
            var magnitude = magnitudes.LongestAt(sentence, i + 1, tokens.Count);
            var end = magnitude?.End ?? i + 1;
            if (durations.LongestAt(sentence, end, tokens.Count) is not null)
            {
                continue;
            }
            var dateLike = Capitalised(text, tokens, i - 1) || (value <= LastDay && Capitalised(text, tokens, i + 1));
            var year = !ordinal && value is >= 1800 and <= 2100 && tokens[i].Norm.Length == 4;
            // "6,000 Ukrainian servicemen" counts too: a number past any day cannot be a date.
            var counted = value >= 100 && !year && i + 1 < tokens.Count && tokens[i + 1].IsWord;
            var accepted = currency || magnitude is not null || (quantified && !year)
                || (!dateLike && (counted || (ordinal && value >= 10)));
            if (!accepted)
            {
                continue;
            }
            if (magnitude is null && counted)
            {
                end = i + 2;
            }
            figures.Add((first, end));
            i = end - 1;
        }
        return figures;
    }

    private bool QuantifierEndingAt(SentenceTokens sentence, int token, out int start)
    {
        for (start = Math.Max(0, token - 3); start < token; start++)
        {
            if (quantifiers.LongestAt(sentence, start, token) is { } match && match.End == token)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Capitalised(string text, List<Token> tokens, int index) =>
        index >= 0 && index < tokens.Count && tokens[index].IsWord && char.IsUpper(text[tokens[index].Start]);

    private static bool IsNumeral(string norm, out long value, out bool ordinal)
    {
        value = 0;
        ordinal = false;
        if (norm.Length == 0 || !char.IsDigit(norm[0]))
        {
            return false;
        }
        var digits = norm.Length;
        if (norm.EndsWith("st", StringComparison.Ordinal) || norm.EndsWith("nd", StringComparison.Ordinal)
            || norm.EndsWith("rd", StringComparison.Ordinal) || norm.EndsWith("th", StringComparison.Ordinal))
        {
            ordinal = true;
            digits -= 2;
        }
        var body = norm[..digits].Replace(",", string.Empty, StringComparison.Ordinal);
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        return long.TryParse(dot >= 0 ? body[..dot] : body, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && (dot < 0 || !ordinal);
    }
}
