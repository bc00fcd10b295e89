namespace StaticBriefing.Annotation.Model;

/// <summary>The lines of a text as [Start, End) offsets without their line break (a final empty line included).</summary>
public static class TextLines
{
    public static IEnumerable<(int Start, int End)> Of(string text)
    {
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            yield return (start, end);
            start = end + 1;
        }
    }
}
