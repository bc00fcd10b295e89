using System.Globalization;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// The reader's window onto the dates engineer's recogniser: metadata dates are parsed with the
/// same lexicon as body dates, never with a second month table.
/// </summary>
public sealed class DateProbe(DateRecognizer recognizer)
{
    public EquatableArray<DateAnnotation> Find(string text, ReferenceDate reference) =>
        text.Length == 0
            ? EquatableArray<DateAnnotation>.Empty
            : recognizer.Recognize(text, new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray(), reference);

    /// <summary>The day a TIMEX3 value starts with ("2025-07-21TNI" gives 2025-07-21), if it names one.</summary>
    public static DateOnly? Day(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>True when nothing but dates, punctuation and the given bullet characters is left in the text.</summary>
    public bool IsOnlyDates(string text, ReferenceDate reference)
    {
        if (!HasWords(text))
        {
            return false;
        }
        var rest = text;
        for (var pass = 0; pass < 2 && HasWords(rest); pass++)
        {
            var dates = Find(rest, reference);
            if (dates.Count == 0)
            {
                return false;
            }
            var chars = rest.ToCharArray();
            foreach (var date in dates)
            {
                Array.Fill(chars, ' ', date.Start, date.End - date.Start);
            }
            rest = new string(chars);
        }
        return !HasWords(rest);
    }

    private static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);
}
