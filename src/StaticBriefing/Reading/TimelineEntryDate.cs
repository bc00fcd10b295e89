namespace StaticBriefing.Reading;

/// <summary>
/// A date alone on its line inside the body, after a blank line and directly above a paragraph of prose,
/// is the heading of a dated entry (a tracker's reverse-chronological timeline: "15 December 2027" over
/// what happened that day): content that dates the block under it, not a site's date bar. Before the
/// body has begun, such a line stays a post date.
/// </summary>
public static class TimelineEntryDate
{
    public static bool Heads(IReadOnlyList<string> texts, int i, bool bodyStarted) =>
        bodyStarted
        && (i == 0 || texts[i - 1].Length == 0)
        && i + 1 < texts.Count
        && TextShape.IsProse(texts[i + 1]);
}
