using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Reads a capitalised name ("Elizaveta Fokht", "Ursula von der Leyen", "J. R. Smith") forwards or
/// backwards from a position: capitalised words, initials and name particles, never a cue word
/// listed as a non-name, a nationality adjective or more than six words.
/// </summary>
internal sealed class NameReader(RecognitionState state)
{
    private const int MaxWords = 6;

    /// <summary>A name starting at <paramref name="start"/>; a leading "The" is kept when <paramref name="allowThe"/>.</summary>
    public DiscoveredName? ReadForward(int start, bool allowThe = false)
    {
        var text = state.Text;
        var words = new List<(int Start, int End)>();
        var pos = start;
        while (words.Count < MaxWords && NameWordAt(pos, allowThe && words.Count == 0) is { } word)
        {
            words.Add(word);
            var next = SingleSpaceAfter(word.End);
            if (next is null)
            {
                break;
            }
            // Particles ("von der") count only when a capitalised word follows them.
            var after = next.Value;
            while (TextWords.WordStartingAt(text, after) is { } particle
                && state.Lexicon.Particles.Contains(TextWords.Span(text, particle))
                && SingleSpaceAfter(particle.End) is { } beyond
                && NameWordAt(beyond, false) is not null)
            {
                after = beyond;
            }
            pos = after;
        }
        return words.Count == 0 ? null : Build(words);
    }

    /// <summary>
    /// A name ending at <paramref name="end"/> (the position right after its last letter); with
    /// <paramref name="connectors"/>, lowercase connectors may join its words ("Centre for Countering Disinformation");
    /// with either that or <paramref name="anyCapital"/>, any capitalised word but a determiner belongs to it ("Marine War Risks Committee").
    /// </summary>
    public DiscoveredName? ReadBackward(int end, bool connectors = false, bool anyCapital = false)
    {
        var text = state.Text;
        var words = new List<(int Start, int End)>();
        var pending = new List<(int Start, int End)>();
        var pos = end;
        while (words.Count + pending.Count < MaxWords * 2 && TextWords.WordEndingAt(text, pos) is { } word && word.End == pos)
        {
            if ((NameWordAt(word.Start, false) is { } checkedWord && checkedWord.End == word.End)
                || ((connectors || anyCapital) && char.IsUpper(text[word.Start]) && !state.Lexicon.Determiners.Contains(TextWords.Span(text, word))))
            {
                words.InsertRange(0, pending);
                pending.Clear();
                words.Insert(0, word);
            }
            else if (connectors && words.Count > 0 && state.Lexicon.Connectors.Contains(TextWords.Span(text, word)))
            {
                pending.Insert(0, word);
            }
            else
            {
                break;
            }
            if (word.Start < 2 || !TextChars.IsInlineSpace(text[word.Start - 1]))
            {
                break;
            }
            pos = word.Start - 1;
        }
        return words.Count == 0 ? null : Build(words);
    }

    private DiscoveredName Build(List<(int Start, int End)> words)
    {
        var start = words[0].Start;
        var end = words[^1].End;
        var text = state.Text;
        var name = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var capitalised = words.Where(w => char.IsUpper(text[w.Start])).ToList();
        var looksLikeOrganisation = words.Any(w => state.Lexicon.OrganisationWords.Contains(TextWords.Span(text, w)))
            || (words.Count == 1 && IsAcronym(TextWords.Span(text, words[0])));
        return new DiscoveredName(start, end, name, capitalised.Count, looksLikeOrganisation, text[words[^1].Start..words[^1].End]);
    }

    /// <summary>A capitalised word (or an initial with its full stop) at <paramref name="pos"/> that may be part of a name.</summary>
    private (int Start, int End)? NameWordAt(int pos, bool allowThe)
    {
        var text = state.Text;
        if (pos >= text.Length || !char.IsUpper(text[pos]) || (state.LongestAt(pos, HitKind.Adjective) is not null && state.LongestNameAt(pos) is null))
        {
            return null;
        }
        if (TextWords.WordStartingAt(text, pos) is not { } word)
        {
            return null;
        }
        var span = TextWords.Span(text, word);
        if (span.Length == 1 && word.End < text.Length && text[word.End] == '.')
        {
            return (word.Start, word.End + 1); // an initial
        }
        var isThe = allowThe && span.SequenceEqual("The");
        return !isThe && (state.Lexicon.NonNames.Contains(span) || IsCapitalsNonName(span)) ? null : word;
    }

    /// <summary>A non-name in a line of capitals ("NOT A CHAIR IN THE CORRIDOR"): "IN" is "In".</summary>
    private bool IsCapitalsNonName(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return span.Length > 1 && state.Lexicon.NonNames.Contains(string.Concat(span[..1], span[1..].ToString().ToLowerInvariant()));
    }

    private int? SingleSpaceAfter(int pos)
    {
        var text = state.Text;
        if (pos >= text.Length - 1 || !(TextChars.IsInlineSpace(text[pos]) || text[pos] == '\n'))
        {
            return null;
        }
        return TextChars.IsSpace(text[pos + 1]) ? null : pos + 1;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsUpper(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}
