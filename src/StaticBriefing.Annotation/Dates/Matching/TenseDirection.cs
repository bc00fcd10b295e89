using StaticBriefing.Annotation.Dates.Tokens;

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
        var window = scan.Lexicon.TenseWindow;
        for (var d = 1; d <= window && weekday - d >= 0 && !IsStop(weekday - d); d++)
        {
            if (Cue(weekday - d) is { } future)
            {
                return future;
            }
        }
        for (var d = 1; d <= window && weekday + d < scan.Count && !IsStop(weekday + d); d++)
        {
            if (Cue(weekday + d) is { } future)
            {
                return future;
            }
        }
        return scan.Lexicon.DefaultFuture;
    }

    private bool? Cue(int i)
    {
        var token = scan.Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }
        if (scan.Lexicon.FutureCues.Contains(token.WordId))
        {
            return true;
        }
        if (scan.Lexicon.PastCues.Contains(token.WordId))
        {
            return false;
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

    private bool IsStop(int i) => scan.IsSymbol(i, '.') || scan.IsSymbol(i, '!') || scan.IsSymbol(i, '?') || scan.IsSymbol(i, ';');
}
