namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Front matter and body must say the same thing: every body span has its entry, and every entry
/// has its span, unless the span was left out because it crossed another, in which case the
/// entry's text must still occur in its sentence.
/// </summary>
public static class Agreement
{
    public static void Check<T>(string list, IReadOnlyList<(T Record, string Path)> entries, IReadOnlyList<(T Record, int Line)> spans,
        Func<T, string> text, Func<T, string> sentence, ParseContext context) where T : notnull
    {
        var unmatchedEntries = Count(entries.Select(e => e.Record));
        foreach (var (record, line) in spans)
        {
            if (!Take(unmatchedEntries, record))
            {
                throw context.AtLine(line, null, $"span \"{text(record)}\" in sentence {sentence(record)} has no matching entry in the front matter's {list}");
            }
        }
        var unmatchedSpans = Count(spans.Select(s => s.Record));
        foreach (var (record, path) in entries)
        {
            if (!Take(unmatchedSpans, record) && !context.Sentences[sentence(record)].Text.Contains(text(record), StringComparison.Ordinal))
            {
                throw context.AtPath(path, "text", $"\"{text(record)}\" has no matching span in sentence {sentence(record)}, and the sentence does not contain it");
            }
        }
    }

    private static Dictionary<T, int> Count<T>(IEnumerable<T> records) where T : notnull =>
        records.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());

    private static bool Take<T>(Dictionary<T, int> counts, T record) where T : notnull
    {
        if (!counts.TryGetValue(record, out var count) || count == 0)
        {
            return false;
        }
        counts[record] = count - 1;
        return true;
    }
}
