using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// A heading: a sentence standing alone as a paragraph with no closing punctuation. When it opens
/// the text it is the headline, which states positions of its own but sets no context for the
/// sentences after it: the lead introduces its subjects again (a headline's issue is not what
/// "the deal" in the lead means). Subheads and list items keep their context.
/// </summary>
public static class HeadingLine
{
    public static bool Is(string text, Sentence sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end == sentence.Start || text[end - 1] is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '’' or '\'' or ')')
        {
            return false;
        }
        return StandsAlone(text, sentence);
    }

    /// <summary>Whether the sentence is a paragraph of its own.</summary>
    public static bool StandsAlone(string text, Sentence sentence) =>
        StartsParagraph(text, sentence.Start) && EndsParagraph(text, sentence.End);

    private static bool StartsParagraph(string text, int start)
    {
        var breaks = 0;
        for (var i = start - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            breaks += text[i] == '\n' ? 1 : 0;
        }
        return breaks >= 2 || text.AsSpan(0, start).Trim().IsEmpty;
    }

    private static bool EndsParagraph(string text, int end)
    {
        var breaks = 0;
        var i = end;
        for (; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            breaks += text[i] == '\n' ? 1 : 0;
        }
        return breaks >= 2 || i == text.Length;
    }
}
