using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Places a list of gold strings (dates, in text order) on their occurrences in the text, keeping
/// their order and never letting two overlap. Taking for each the first occurrence after the last
/// one placed lets a single string found at the wrong place (a gold date on a line the reader
/// dropped, whose text occurs again far down: "3" in a footnote mark) push every later one out of
/// reach. Instead the placement locates as many strings as any order-keeping placement can, and
/// among those takes each at its earliest occurrence, so where in-order search finds them all it
/// gives the same places. It reads only the gold and the text, never the predictions: it cannot
/// favour a place where the annotator happened to mark something.
/// </summary>
public static class OrderedLocator
{
    /// <summary>One span per needle (null when it cannot be placed in order), searched from <paramref name="from"/>.</summary>
    public static TextSpan?[] Place(IReadOnlyList<string> needles, TextLocator locator, int from = 0)
    {
        var occurrences = needles.Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => locator.FindAll(n, from, wholeWords: true), StringComparer.Ordinal);
        // Cursor positions worth distinguishing: the search's start and the end of every occurrence.
        var positions = occurrences.Values.SelectMany(spans => spans.Select(s => s.End)).Append(from).Distinct().Order().ToArray();
        // best[i, j]: how many of needles i.. can be placed at or after positions[j]; never increases with j.
        var best = new int[needles.Count + 1, positions.Length];
        for (var i = needles.Count - 1; i >= 0; i--)
        {
            var spans = occurrences[needles[i]];
            for (var j = 0; j < positions.Length; j++)
            {
                // The earliest occurrence leaves the most room, so it is the only one worth trying.
                var placed = FirstAtOrAfter(spans, positions[j]) is { } span ? 1 + best[i + 1, Array.BinarySearch(positions, span.End)] : 0;
                best[i, j] = Math.Max(best[i + 1, j], placed);
            }
        }
        var result = new TextSpan?[needles.Count];
        var cursor = Array.BinarySearch(positions, from);
        for (var i = 0; i < needles.Count; i++)
        {
            if (FirstAtOrAfter(occurrences[needles[i]], positions[cursor]) is { } span
                && 1 + best[i + 1, Array.BinarySearch(positions, span.End)] == best[i, cursor])
            {
                result[i] = span;
                cursor = Array.BinarySearch(positions, span.End);
            }
        }
        return result;
    }

    private static TextSpan? FirstAtOrAfter(IReadOnlyList<TextSpan> spans, int position) =>
        SortedSearch.FirstIndexFrom(spans, position, static span => span.Start) is var index && index < spans.Count ? spans[index] : null;
}
