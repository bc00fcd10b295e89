using StaticBriefing.Briefs.Anchors;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Where everything goes: the sentences, the spans kept in the body, and the front-matter entries
/// (all annotations, including those whose span crossed another and was left out of the body).
/// </summary>
public sealed record BriefLayout(
    IReadOnlyList<TextUnit> Units,
    IReadOnlyList<WriterSpan> BodySpans,
    IReadOnlyList<string> ActorOrder,
    IReadOnlyList<BriefDate> Dates,
    IReadOnlyList<BriefDemand> Demands,
    IReadOnlyList<BriefQuote> Quotes,
    IReadOnlyList<BriefClaim> Claims)
{
    /// <summary>The trimmed text of [start, end) clipped to a unit, or null when nothing of it lies inside.</summary>
    public static (int Start, int End)? Clip(string text, TextUnit unit, int start, int end)
    {
        start = Math.Max(start, unit.Start);
        end = Math.Min(end, unit.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? (start, end) : null;
    }

    public static string TextOf(string text, (int Start, int End) range) => SentenceText.Normalise(text[range.Start..range.End]);
}
