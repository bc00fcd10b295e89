using System.Globalization;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Transcript speaker labels: a line opening with a name in capitals, an optional role and a colon
/// ("ANNA MERCER, HOST: …", "TOM ALDOUS, BYLINE: …"). An unknown name of two or more words becomes a
/// person; the label, its surname ("MERCER: …" later on) and the same name in ordinary case
/// ("Northline's Tom Aldous") are learned as aliases. A label opening with a title ("PRESIDENT …") is
/// left to <see cref="TitledNames"/>, and a one-word label ("PRESENTER:") names no one.
/// </summary>
internal static class SpeakerLabels
{
    private const int MaxWords = 6;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        foreach (var (line, _) in TextLines.Of(text))
        {
            var start = line;
            while (start < text.Length && TextChars.IsInlineSpace(text[start]))
            {
                start++;
            }
            if (Label(text, start) is { } label && label.Words >= 2 && !HoldsTitleOrName(state, start, label.NameEnd)
                && !IsCommonWords(text, start, label.NameEnd))
            {
                Discover(state, start, label.NameEnd, label.Role);
            }
        }
    }

    private static void Discover(RecognitionState state, int start, int end, string? role)
    {
        var text = state.Text;
        var capitals = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(capitals.ToLowerInvariant());
        var actor = state.Table.Discover(name, ActorKind.Person, "none", role is null ? "speaker (transcript)" : $"{role} (transcript speaker)");
        if (actor < 0)
        {
            return;
        }
        state.Add(start, end, actor, MentionForm.Name);
        foreach (var alias in new[] { capitals, name, capitals[(capitals.LastIndexOf(' ') + 1)..], name[(name.LastIndexOf(' ') + 1)..] })
        {
            state.LearnedAliases.Add((alias, actor));
        }
    }

    /// <summary>
    /// "WEEK AHEAD: …": a caps slug naming a format, not a speaker. Every word of it is written in lower case
    /// elsewhere in the text ("the week of …", "ahead of them"), which a name's words seldom are.
    /// </summary>
    private static bool IsCommonWords(string text, int start, int end)
    {
        foreach (var word in text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.ToLowerInvariant();
            var found = false;
            for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0 && !found; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
            {
                found = (at == 0 || !TextChars.IsWord(text[at - 1])) && (at + lower.Length == text.Length || !TextChars.IsWord(text[at + lower.Length]));
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"PRIME MINISTER KEIR STARMER": a title or a listed name in the label leaves it to the other steps.</summary>
    private static bool HoldsTitleOrName(RecognitionState state, int start, int end)
    {
        var text = state.Text;
        for (var pos = start; pos < end && TextWords.WordStartingAt(text, pos) is { } word; pos = word.End + 1)
        {
            var span = TextWords.Span(text, word);
            if (state.Lexicon.RoleWords.Contains(span) || state.Lexicon.TitleModifiers.Contains(span) || state.LongestNameAt(word.Start) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"NAME[, ROLE]:" at <paramref name="start"/>: where the name ends, its word count and the role in lower case.</summary>
    private static (int NameEnd, int Words, string? Role)? Label(string text, int start)
    {
        var (nameEnd, words) = CapitalWords(text, start);
        if (words == 0)
        {
            return null;
        }
        var pos = nameEnd;
        string? role = null;
        if (pos + 1 < text.Length && text[pos] == ',' && TextChars.IsInlineSpace(text[pos + 1]))
        {
            var roleStart = pos + 2;
            var (roleEnd, roleWords) = CapitalWords(text, roleStart);
            if (roleWords == 0)
            {
                return null;
            }
            role = text[roleStart..roleEnd].ToLowerInvariant();
            pos = roleEnd;
        }
        return pos + 1 < text.Length && text[pos] == ':' && TextChars.IsInlineSpace(text[pos + 1]) ? (nameEnd, words, role) : null;
    }

    /// <summary>A run of words in capitals (letters, hyphens, apostrophes, full stops) separated by single spaces.</summary>
    private static (int End, int Words) CapitalWords(string text, int start)
    {
        var end = start;
        var words = 0;
        var pos = start;
        while (words < MaxWords && pos < text.Length)
        {
            var wordEnd = pos;
            var letters = 0;
            while (wordEnd < text.Length && (char.IsUpper(text[wordEnd]) || TextChars.IsHyphen(text[wordEnd]) || TextChars.IsApostrophe(text[wordEnd]) || text[wordEnd] == '.'))
            {
                letters += char.IsUpper(text[wordEnd]) ? 1 : 0;
                wordEnd++;
            }
            if (letters < 2 || (wordEnd < text.Length && TextChars.IsWord(text[wordEnd])))
            {
                break;
            }
            words++;
            end = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }
            pos = wordEnd + 1;
        }
        return (end, words);
    }
}
