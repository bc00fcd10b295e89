using System.Text;
using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing;

/// <summary>A short plain-text description of a brief: its opening sentences after the headline, cut at a word boundary.</summary>
public static class BriefSummary
{
    public static string Of(Brief brief, int maxLength = 240)
    {
        var builder = new StringBuilder();
        foreach (var sentence in brief.Sentences.Where(s => !s.Headline))
        {
            if (builder.Length > 0 && builder.Length + 1 + sentence.Text.Length > maxLength)
            {
                break;
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(Normalise(sentence.Text));
        }
        return Shorten(builder.ToString(), maxLength);
    }

    /// <summary>Cuts text to at most maxLength characters at a space, ending with an ellipsis when cut.</summary>
    public static string Shorten(string text, int maxLength)
    {
        text = Normalise(text);
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
