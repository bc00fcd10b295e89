using StaticBriefing.Annotation.Demands.Detection.Speakers;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Quotes;

/// <summary>
/// A quote that opens its line under a speaker label of its own ("SOUNDBITE (Russian) NAME, ROLE:" then
/// "“We …”", or "NAME:" over the words of a transcript) is that speaker's.
/// </summary>
internal static class LabelAbove
{
    /// <summary>The person on the label line above the quote opening at <paramref name="open"/>, or null.</summary>
    public static string? Speaker(string text, int open, MentionIndex mentions)
    {
        var lineStart = open;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
            if (!TextChars.IsInlineSpace(text[lineStart]))
            {
                return null; // the quote does not open its line
            }
        }
        // The previous line that is not blank.
        var end = lineStart - 1;
        while (end > 0 && TextChars.IsSpace(text[end - 1]))
        {
            end--;
        }
        if (end <= 0)
        {
            return null;
        }
        var start = text.LastIndexOf('\n', end - 1) + 1;
        return SpeakerLabelReader.Read(text, start, end, mentions) is { Speaker: { } speaker } label && label.BodyStart >= end ? speaker : null;
    }
}
