using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// A label line over a quote of its own, as a video agency's shotlist prints it: a number and
/// capitalised or bracketed cues, the person, an optional role, and the colon that ends the line.
/// </summary>
internal static class SoundbiteLabel
{
    /// <summary>
    /// "4. SOUNDBITE (Russian) NAME, ROLE:": the line ends in a colon, names a person, and before the
    /// person holds only numbers, capitalised words and bracketed asides (no clause: "He told NAME:").
    /// </summary>
    public static string? Speaker(string text, int start, int end, MentionIndex mentions)
    {
        if (text[end - 1] != ':' || mentions.FirstPersonIn(start, end - 1) is not { } person)
        {
            return null;
        }
        var inBracket = false;
        for (var i = start; i < person.Start; i++)
        {
            var c = text[i];
            inBracket = c == '(' || (inBracket && c != ')');
            var wordStart = i == start || TextChars.IsSpace(text[i - 1]);
            if (!inBracket && wordStart && char.IsLower(c))
            {
                return null;
            }
        }
        var tail = text.AsSpan(person.End, end - 1 - person.End);
        return tail.IndexOfAny(".!?;\"“”") < 0 ? person.ActorId : null;
    }
}
