using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A speaker label's role after the name, without a determiner, up to the colon that ends the line
/// ("SOUNDBITE (Russian) NAME, head of Russian delegation:", "NAME, Ukrainian President:", "NAME, EU
/// foreign policy chief:"). The role describes the person named, as an apposition does; it must hold a
/// role word and nothing but words (a clause or a list is no label).
/// </summary>
internal static class LabelRoles
{
    private const int MaxWords = 8;

    public static void Find(RecognitionState state)
    {
        foreach (var mention in state.Candidates.Where(c => c.Form == MentionForm.Name && state.Table[c.Actor].Kind == ActorKind.Person).Distinct().ToList())
        {
            if (RoleEnd(state, mention.End) is { } end)
            {
                state.Add(mention.End + 2, end, mention.Actor, MentionForm.Appositive);
            }
        }
    }

    /// <summary>Where the role after ", " at <paramref name="nameEnd"/> ends (before the label's colon), or null.</summary>
    private static int? RoleEnd(RecognitionState state, int nameEnd)
    {
        var text = state.Text;
        if (nameEnd + 2 >= text.Length || text[nameEnd] != ',' || !TextChars.IsInlineSpace(text[nameEnd + 1]) || !TextChars.IsWord(text[nameEnd + 2]))
        {
            return null;
        }
        var words = 0;
        var hasRole = false;
        for (var i = nameEnd + 2; i < text.Length && words <= MaxWords;)
        {
            if (TextWords.WordStartingAt(text, i) is not { } word)
            {
                return null;
            }
            var span = TextWords.Span(text, word);
            if (words == 0 && (state.Lexicon.Determiners.Contains(span) || state.Lexicon.PossessiveDeterminers.Contains(span)))
            {
                return null; // "NAME, the minister:" is the apposition's (Appositives)
            }
            words++;
            hasRole |= state.Lexicon.RoleWords.Contains(span);
            var after = word.End;
            if (after < text.Length && text[after] == ':' && (after + 1 == text.Length || text[after + 1] is '\n' or '\r'))
            {
                return hasRole ? after : null;
            }
            if (after + 1 >= text.Length || !TextChars.IsInlineSpace(text[after]))
            {
                return null;
            }
            i = after + 1;
        }
        return null;
    }
}
