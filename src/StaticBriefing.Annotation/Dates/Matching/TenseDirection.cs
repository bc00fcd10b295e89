using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Whether a bare weekday looks forward ("will meet on Wednesday") or back ("told reporters
/// Tuesday"): the nearest tense cue before it wins, then the nearest after it, within the
/// data's window and the same sentence; otherwise the data's default.
/// </summary>
internal sealed class TenseDirection(ScanContext scan)
{
    public bool IsFuture(int weekday)
    {
        return Nearest(weekday, -1, true) ?? Nearest(weekday, 1, true) ?? scan.Lexicon.DefaultFuture;
    }

    /// <summary>
    /// The year of a month named without one: the reference year, unless an explicit tense word (not
    /// a mere "-ed" ending) puts a later month in the past ("said in December") or an earlier one in
    /// the future ("will resume in January").
    /// </summary>
    public int YearOf(int token, int month, ReferenceDate reference)
    {
        if (reference.Month is not { } current || month == current)
        {
            return reference.Year;
        }
        var future = Explicit(token);
        return (month > current, future) switch
        {
            (true, false) => reference.Year - 1,
            (false, true) => reference.Year + 1,
            _ => reference.Year,
        };
    }

    /// <summary>True for a future cue, false for a past one, null without an explicit tense word near the token.</summary>
    public bool? Explicit(int token) => Nearest(token, -1, false) ?? Nearest(token, 1, false);

    /// <summary>The first cue walking from the weekday in <paramref name="step"/> direction, counting only words toward the window.</summary>
    private bool? Nearest(int weekday, int step, bool suffixes)
    {
        var words = 0;
        for (var i = weekday + step; i >= 0 && i < scan.Count && words < scan.Lexicon.TenseWindow && !IsStop(i); i += step)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            words++;
            if (Cue(i, suffixes) is { } future)
            {
                return future;
            }
        }
        return null;
    }

    private bool? Cue(int i, bool suffixes)
    {
        var token = scan.Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }
        if (scan.Month(i) is not null || scan.Weekday(i) is not null)
        {
            return null; // "May" the month is not "may" the modal
        }
        if (scan.Lexicon.FutureCues.Contains(token.WordId))
        {
            return true;
        }
        if (scan.Lexicon.PastCues.Contains(token.WordId))
        {
            return false;
        }
        if (!suffixes)
        {
            return null;
        }
        var word = scan.TextOf(i);
        foreach (var suffix in scan.Lexicon.PastSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && !token.Capitalized)
            {
                return false;
            }
        }
        return null;
    }

    /// <summary>A sentence-like break: ';', '!', '?', or a full stop before a capitalised word (not the dot in "a.m.").</summary>
    private bool IsStop(int i) =>
        scan.IsSymbol(i, '!') || scan.IsSymbol(i, '?') || scan.IsSymbol(i, ';')
        || (scan.IsSymbol(i, '.') && (i + 1 >= scan.Count || (scan.Tokens[i + 1].SpaceBefore && scan.Tokens[i + 1].Capitalized)));
}
