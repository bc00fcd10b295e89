namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Picks the spans that can be written as properly nested brackets. In text order (longer first at
/// the same start, then by rank), a span is kept when it lies inside or wholly after every span
/// still open; a span that crosses an open one is left out of the body (its front-matter entry stays).
/// </summary>
public static class SpanNesting
{
    public static IReadOnlyList<WriterSpan> Resolve(IEnumerable<WriterSpan> spans)
    {
        var kept = new List<WriterSpan>();
        var open = new Stack<WriterSpan>();
        var ordered = spans
            .Select((span, order) => (span, order))
            .OrderBy(x => x.span.Start)
            .ThenByDescending(x => x.span.End)
            .ThenBy(x => x.span.Rank)
            .ThenBy(x => x.order)
            .Select(x => x.span);
        foreach (var span in ordered)
        {
            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                open.Pop();
            }
            if (open.Count > 0 && span.End > open.Peek().End)
            {
                continue;
            }
            open.Push(span);
            kept.Add(span);
        }
        return kept;
    }
}
