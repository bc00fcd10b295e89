using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The speaker lines of a transcript exported from speech recognition: a person's name alone on its line
/// with the turn's clock code after it ("Ana Ruiz  00:01:04", "Per Dahl (12:30)"). An unknown name of two
/// to four words becomes a person of no party; the name and its surname are learned, so the first name
/// the others address them by follows (<see cref="FirstNames"/>). A listed name is left to the lexicon,
/// and a line with a title or a cue word ("President …", "Episode …") names no one here.
/// </summary>
internal static class TimecodeSpeakerLines
{
    private const int MaxLine = 80;
    private const int MinWords = 2;
    private const int MaxWords = 4;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        foreach (var (lineStart, lineEnd) in TextLines.Of(text))
        {
            var (start, end) = TextChars.Trim(text, lineStart, lineEnd);
            if (end - start is < 6 or > MaxLine || NameEndBeforeClock(text, start, end) is not { } nameEnd
                || !IsPersonName(state, start, nameEnd) || state.LongestNameAt(start) is not null)
            {
                continue;
            }
            var name = text[start..nameEnd];
            var actor = state.Table.Discover(name, ActorKind.Person, "none", "speaker (transcript)");
            if (actor < 0)
            {
                continue;
            }
            state.Add(start, nameEnd, actor, MentionForm.Name);
            state.LearnedAliases.Add((name, actor));
            state.LearnedAliases.Add((name[(name.LastIndexOf(' ') + 1)..], actor));
        }
    }

    /// <summary>Where the name ends when the line closes with whitespace and a clock code ("00:01:04", "(12:30)").</summary>
    private static int? NameEndBeforeClock(string text, int start, int end)
    {
        var close = end > start && text[end - 1] == ')' ? end - 1 : end;
        var pos = close;
        var colons = 0;
        while (pos > start && (char.IsAsciiDigit(text[pos - 1]) || text[pos - 1] == ':'))
        {
            colons += text[pos - 1] == ':' ? 1 : 0;
            pos--;
        }
        if (colons is < 1 or > 2 || pos == close || !char.IsAsciiDigit(text[pos]) || !char.IsAsciiDigit(text[close - 1]))
        {
            return null;
        }
        if (close < end)
        {
            if (pos == start || text[pos - 1] != '(')
            {
                return null; // a closing bracket needs its opening one
            }
            pos--;
        }
        if (pos <= start || !TextChars.IsInlineSpace(text[pos - 1]))
        {
            return null;
        }
        while (pos > start && TextChars.IsInlineSpace(text[pos - 1]))
        {
            pos--;
        }
        return pos > start ? pos : null;
    }

    /// <summary>Two to four capitalised words (lower-case particles between them), none a title or a cue word.</summary>
    private static bool IsPersonName(RecognitionState state, int start, int end)
    {
        var text = state.Text;
        var words = 0;
        for (var pos = start; pos < end && TextWords.WordStartingAt(text, pos) is { } word && word.End <= end; pos = word.End + 1)
        {
            var span = TextWords.Span(text, word);
            var capitalised = char.IsUpper(span[0]);
            if ((!capitalised && !state.Lexicon.Particles.Contains(span)) || state.Lexicon.RoleWords.Contains(span) || state.Lexicon.NonNames.Contains(span)
                || state.Lexicon.TitleModifiers.Contains(span) || state.Lexicon.OrganisationWords.Contains(span))
            {
                return false;
            }
            words += capitalised ? 1 : 0;
            if (word.End < end && text[word.End] != ' ')
            {
                return false;
            }
        }
        return words is >= MinWords and <= MaxWords;
    }
}
