using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Reads a line as a speaker label, by its shape only: an actor at the line's start followed by
/// nothing, by parenthesised asides ("(Constituency) (Party)"), by a colon, or by a comma and a
/// clock time ("NAME, 09:12"); or a role with the person in parentheses ("The Minister for X (NAME)").
/// A line of at most a few words in capitals before a colon is a label naming no actor ("QUESTION:").
/// A line ending in a colon with a person on it, after nothing but a number and capitalised or
/// bracketed cues, is the label over a quote of its own ("4. SOUNDBITE (Russian) NAME, head of
/// delegation:" over the soundbite's words).
/// </summary>
internal static class SpeakerLabelReader
{
    /// <summary>A label is short; a longer line is a sentence, whatever its shape.</summary>
    private const int MaxLabelLength = 90;

    private const int MaxCapitalWordsBeforeColon = 4;

    public static SpeakerLabel? Read(string text, int start, int end, MentionIndex mentions)
    {
        (start, end) = TextChars.Trim(text, start, end);
        if (end <= start)
        {
            return null;
        }
        if (mentions.LongestAt(start) is { } first)
        {
            var after = SkipInlineSpace(text, first.End, end);
            if (after < end && text[after] == ':')
            {
                return new SpeakerLabel(first.ActorId, SkipInlineSpace(text, after + 1, end) is var body && body < end ? body : end);
            }
            if (end - start <= MaxLabelLength && IsDecoration(text, after, end))
            {
                return new SpeakerLabel(first.ActorId, end);
            }
        }
        if (end - start <= MaxLabelLength && RoleWithPerson(text, start, end, mentions) is { } person)
        {
            return new SpeakerLabel(person, end);
        }
        if (end - start <= MaxLabelLength && SoundbiteLabel.Speaker(text, start, end, mentions) is { } speaker)
        {
            return new SpeakerLabel(speaker, end);
        }
        return IsCapitalsLabel(text, start, end) is { } colon ? new SpeakerLabel(null, SkipInlineSpace(text, colon + 1, end)) : null;
    }


    /// <summary>What may follow a speaker's name on a label line: nothing, asides in parentheses, or ", … 09:12".</summary>
    private static bool IsDecoration(string text, int from, int end)
    {
        if (from >= end)
        {
            return true;
        }
        if (text[from] == '(')
        {
            return BracketedNotes.AreAllOf(text, from, end);
        }
        return text[from] == ',' && EndsWithClockTime(text, from, end);
    }

    /// <summary>"… 09:12", "… 12.31 pm": two digits after a colon or point, an optional am/pm.</summary>
    private static bool EndsWithClockTime(string text, int from, int end)
    {
        var i = end;
        while (i > from && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }
        var letters = end - i;
        if (letters > 0 && (letters != 2 || char.ToLowerInvariant(text[end - 1]) != 'm'))
        {
            return false;
        }
        i = SkipSpaceBack(text, from, i);
        return i - 4 >= from && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i - 2]) && text[i - 3] is ':' or '.' && char.IsAsciiDigit(text[i - 4]);
    }

    /// <summary>"The Minister for Europe (NAME)": a line ending in a person named alone in parentheses.</summary>
    private static string? RoleWithPerson(string text, int start, int end, MentionIndex mentions)
    {
        if (text[end - 1] != ')')
        {
            return null;
        }
        var open = text.LastIndexOf('(', end - 1, end - start);
        return open > start && mentions.LongestAt(open + 1) is { } named && named.End == end - 1 && named.Kind == ActorKind.Person
            ? named.ActorId
            : null;
    }

    /// <summary>"QUESTION:", "MODERATOR:": a few words in capitals and a colon open the line.</summary>
    private static int? IsCapitalsLabel(string text, int start, int end)
    {
        var colon = text.IndexOf(':', start, end - start);
        if (colon <= start || !TextChars.IsInCapitals(text.AsSpan(start, colon - start)))
        {
            return null;
        }
        var words = text.AsSpan(start, colon - start).Trim().Count(' ') + 1;
        return words <= MaxCapitalWordsBeforeColon ? colon : null;
    }

    private static int SkipSpaceBack(string text, int from, int i)
    {
        while (i > from && TextChars.IsSpace(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    private static int SkipInlineSpace(string text, int i, int end)
    {
        while (i < end && TextChars.IsInlineSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
