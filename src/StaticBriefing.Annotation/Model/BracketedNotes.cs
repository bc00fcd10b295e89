namespace StaticBriefing.Annotation.Model;

/// <summary>
/// The bracketed notes after a speaker's name on a label line ("(Constituency) (Party)"): what tells a
/// heading from a short line of prose, for the actors found there and for the speech under it.
/// </summary>
public static class BracketedNotes
{
    private const int MaxNotes = 3;

    /// <summary>Whether [open, end) is one to three bracketed notes separated by single spaces.</summary>
    public static bool AreAllOf(string text, int open, int end)
    {
        for (var notes = 0; notes < MaxNotes; notes++)
        {
            var close = text.IndexOf(')', open, end - open);
            if (close < 0 || text.AsSpan(open + 1, close - open - 1).IndexOf('(') >= 0)
            {
                return false;
            }
            if (close == end - 1)
            {
                return true;
            }
            if (close + 2 >= end || text[close + 1] != ' ' || text[close + 2] != '(')
            {
                return false;
            }
            open = close + 2;
        }
        return false;
    }
}
