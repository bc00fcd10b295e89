using System.Text;

namespace StaticBriefing.Briefs.Anchors;

/// <summary>Whitespace normalisation: runs of any whitespace (no-break spaces and newlines too) become one space; ends trimmed.</summary>
public static class SentenceText
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
