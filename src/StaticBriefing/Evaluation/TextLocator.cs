using System.Text;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Finds gold strings in the annotated text with every whitespace run (spaces, no-break spaces,
/// line breaks) treated as one space, so a gold sentence that spans a line break the reader joined
/// is still found. Offsets returned are into the original text.
/// </summary>
public sealed class TextLocator
{
    private readonly string normalized;
    private readonly int[] originalIndex;

    public TextLocator(string text)
    {
        Text = text;
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }
                builder.Append(' ');
            }
            else
            {
                builder.Append(text[i]);
            }
            map.Add(i);
        }
        normalized = builder.ToString();
        originalIndex = [.. map];
    }

    public string Text { get; }

    public static string Normalize(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(string needle, bool wholeWords = false) => Find(needle, 0, wholeWords) is not null;

    /// <summary>The first occurrence at or after original offset <paramref name="from"/>, or null.</summary>
    public TextSpan? Find(string needle, int from, bool wholeWords)
    {
        var target = Normalize(needle);
        if (target.Length == 0)
        {
            return null;
        }
        var at = NormalizedIndexOf(from);
        while (at <= normalized.Length - target.Length)
        {
            var hit = normalized.IndexOf(target, at, StringComparison.Ordinal);
            if (hit < 0)
            {
                return null;
            }
            if (!wholeWords || IsWholeWord(hit, target))
            {
                return new TextSpan(originalIndex[hit], originalIndex[hit + target.Length - 1] + 1);
            }
            at = hit + 1;
        }
        return null;
    }

    /// <summary>Every occurrence at or after original offset <paramref name="from"/>, in text order.</summary>
    public List<TextSpan> FindAll(string needle, int from, bool wholeWords)
    {
        var spans = new List<TextSpan>();
        while (Find(needle, from, wholeWords) is { } span)
        {
            spans.Add(span);
            from = span.Start + 1;
        }
        return spans;
    }

    private bool IsWholeWord(int hit, string target)
    {
        var end = hit + target.Length;
        var startsClean = !char.IsLetterOrDigit(target[0]) || hit == 0 || !char.IsLetterOrDigit(normalized[hit - 1]);
        var endsClean = !char.IsLetterOrDigit(target[^1]) || end == normalized.Length || !char.IsLetterOrDigit(normalized[end]);
        return startsClean && endsClean;
    }

    private int NormalizedIndexOf(int original)
    {
        var index = Array.BinarySearch(originalIndex, original);
        return index >= 0 ? index : ~index;
    }
}
