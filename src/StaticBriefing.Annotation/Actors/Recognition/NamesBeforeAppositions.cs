using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Discovers a person named before an apposition that gives a role: "Ilse Marten, a senior fellow at
/// the Nordhavn Institute, thinks …", "Yuri Volkov, the Russian deputy minister, said …". The name has
/// at least two capitalised words and looks like no organisation; the apposition opens with a
/// determiner and holds a role word and ends at a comma or full stop, before any or relative pronoun. The role is
/// the apposition; the party is the one its first adjective or name gives. <see cref="Appositives"/>
/// then makes the apposition a mention of the person.
/// </summary>
internal static class NamesBeforeAppositions
{
    private const int MaxWords = 20;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        var reader = new NameReader(state);
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
        {
            if (comma + 2 >= text.Length || !TextChars.IsInlineSpace(text[comma + 1])
                || TextWords.WordStartingAt(text, comma + 2) is not { } first
                || !state.Lexicon.Determiners.Contains(TextWords.Span(text, first))
                || state.LongestNameEndingAt(comma) is not null
                || RoleEnd(state, first.Start) is not { } roleEnd
                || reader.ReadBackward(comma) is not { Words: >= 2, LooksLikeOrganisation: false } name
                || state.LongestNameAt(name.Start) is not null)
            {
                continue;
            }
            var role = text[first.Start..roleEnd];
            var actor = state.Table.Discover(name.Name, ActorKind.Person, AppositionParty.Of(state, first.Start, roleEnd), role);
            state.Add(name.Start, name.End, actor, MentionForm.Name);
            if (actor >= 0)
            {
                state.LearnedAliases.Add((name.LastWord, actor));
            }
        }
    }

    /// <summary>Where an apposition starting at <paramref name="start"/> ends, if it holds a role word.</summary>
    private static int? RoleEnd(RecognitionState state, int start)
    {
        var text = state.Text;
        var hasRole = false;
        var pos = start;
        for (var words = 0; words < MaxWords && TextWords.WordStartingAt(text, pos) is { } word; words++)
        {
            var span = TextWords.Span(text, word);
            if (state.Lexicon.RelativePronouns.Contains(span))
            {
                return null;
            }
            hasRole |= state.Lexicon.RoleWords.Contains(span) && char.IsLower(text[word.Start]);
            var end = word.End;
            while (end < text.Length && (TextChars.IsApostrophe(text[end]) || text[end] == 's') && end - word.End < 2)
            {
                end++; // a possessive ’s ("the EU’s envoy")
            }
            if (end >= text.Length || text[end] is ',' or '.' or ';' or ':')
            {
                return hasRole && end < text.Length && text[end] is ',' or '.' ? word.End : null;
            }
            if (!TextChars.IsInlineSpace(text[end]) || TextWords.NextWordStart(text, end) is not { } next || text.AsSpan(end, next - end).Contains('\n'))
            {
                return null;
            }
            pos = next;
        }
        return null;
    }
}
