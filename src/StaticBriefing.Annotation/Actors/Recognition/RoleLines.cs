using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A line holding only a name and its office ("NAME, Department Spokesperson"): the briefer line of a
/// transcript or the signature of a statement. The name becomes a person (so "MS SURNAME:" and the
/// first name find them later) and the office, set off by the comma, is an apposition describing them.
/// Run before <see cref="TitledNames"/>, which links a titled surname to the person found here.
/// </summary>
internal static class RoleLines
{
    private const int MaxLine = 80;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        NameReader? reader = null;
        foreach (var (start, end) in TextLines.Of(text))
        {
            if (end - start < 8 || end - start > MaxLine || !char.IsUpper(text[start]) || TextChars.IsTerminal(text[end - 1]))
            {
                continue;
            }
            var comma = text.IndexOf(',', start, end - start);
            if (comma < 0 || comma + 2 >= end || text[comma + 1] != ' ' || text.IndexOf(',', comma + 1, end - comma - 1) >= 0)
            {
                continue;
            }
            reader ??= new NameReader(state);
            if (reader.ReadForward(start) is not { Words: >= 2 and <= 3, LooksLikeOrganisation: false } name || name.End != comma
                || state.LongestNameAt(start) is not null || !IsOffice(state, comma + 2, end))
            {
                continue;
            }
            var actor = CueDiscovery.Discover(state, name, organisation: false, text[(comma + 2)..end]);
            state.Add(comma + 2, end, actor, MentionForm.Appositive);
        }
    }

    /// <summary>Capitalised words ending in a title word ("Department Spokesperson", "Senior Correspondent").</summary>
    private static bool IsOffice(RecognitionState state, int start, int end)
    {
        var text = state.Text;
        (int Start, int End)? last = null;
        for (var pos = start; pos < end; )
        {
            if (TextWords.WordStartingAt(text, pos) is not { } word || !char.IsUpper(text[word.Start]))
            {
                return false;
            }
            last = word;
            pos = word.End + 1;
        }
        return last is { } l && l.End == end && state.Lexicon.Titles.Contains(TextWords.Span(text, l));
    }
}
