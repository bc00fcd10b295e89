namespace StaticBriefing.Reading;

/// <summary>
/// A date alone on its line inside the body, after a blank line and directly above a paragraph of prose,
/// is the heading of a dated entry (a tracker's reverse-chronological timeline: "15 December 2027" over
/// what happened that day): content that dates the block under it, not a site's date bar. So is a
/// planner's or diary's day heading ("MONDAY, MAY 15") set apart by a blank line above an entry's block
/// of lines: a slug and schedule line first, the entry's prose (its background paragraph) further down.
/// Before the body has begun, such a line stays a post date.
/// </summary>
public static class TimelineEntryDate
{
    // A diary entry's block: a schedule line, coverage notes, then its prose; further down is another entry.
    private const int EntryBlockMaxLines = 6;

    public static bool Heads(IReadOnlyList<string> texts, int i, bool bodyStarted) =>
        bodyStarted
        && (i == 0 || texts[i - 1].Length == 0)
        && i + 1 < texts.Count
        && (TextShape.IsProse(texts[i + 1]) || (texts[i + 1].Length == 0 && EntryBlockBelow(texts, i + 1)));

    /// <summary>
    /// The first block of non-blank lines after the blank ones from <paramref name="from"/> is an entry: it opens
    /// with a line that is no prose (a slug and schedule line) and holds prose further down. A lone paragraph
    /// of prose under a date between blank lines is the article going on under a date bar.
    /// </summary>
    private static bool EntryBlockBelow(IReadOnlyList<string> texts, int from)
    {
        var at = from;
        while (at < texts.Count && texts[at].Length == 0)
        {
            at++;
        }
        if (at >= texts.Count || TextShape.IsProse(texts[at]))
        {
            return false;
        }
        for (var end = Math.Min(texts.Count, at + EntryBlockMaxLines); ++at < end && texts[at].Length > 0;)
        {
            if (TextShape.IsProse(texts[at]))
            {
                return true;
            }
        }
        return false;
    }
}
