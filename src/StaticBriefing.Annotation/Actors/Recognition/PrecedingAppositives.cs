using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// An apposition before a person's name ("his chief negotiator and head of the National Security and Defense
/// Council, Rustem Umerov,"): it starts at its leftmost determiner or title word, holds a role word, and never
/// reaches past a clause stop ("that", "has", "by" …), another person's name or the name's sentence.
/// </summary>
internal static class PrecedingAppositives
{
    public static void Find(RecognitionState state, Candidate mention)
    {
        var text = state.Text;
        if (mention.Start < 3 || mention.End >= text.Length || text[mention.End] != ','
            || text[mention.Start - 2] != ',' || !TextChars.IsInlineSpace(text[mention.Start - 1]))
        {
            return;
        }
        var comma = mention.Start - 2;
        // The apposition stays in the name's sentence: "… its central chapter. The American envoy, NAME," opens at "The".
        var sentenceStart = state.SentenceStart(state.SentenceOf(mention.Start));
        int? start = null;
        var hasRole = false;
        var pos = comma;
        for (var words = 0; words < Appositives.MaxWords && TextWords.WordEndingAt(text, pos) is { } word && word.End == pos && word.Start >= sentenceStart; words++)
        {
            var span = TextWords.Span(text, word);
            if (word.Start >= 1 && TextWords.IsPossessiveAt(text, word.Start - 1))
            {
                // "Trump's national security adviser, NAME,": the apposition opens with its possessor.
                start = PossessorEndingAt(state, word.Start - 1);
                break;
            }
            if ((state.Lexicon.ClauseStops.Contains(span) && !TextWords.JoinsCapitalisedWords(text, word)) || EndsPersonName(state, word.End))
            {
                break;
            }
            hasRole |= state.Lexicon.RoleWords.Contains(span);
            if (state.Lexicon.Determiners.Contains(span) || state.Lexicon.PossessiveDeterminers.Contains(span) || state.Lexicon.Titles.Contains(span)
                || state.Lexicon.FirstPersonPossessives.Contains(span))
            {
                start = word.Start;
            }
            if (word.Start < 2 || !TextChars.IsInlineSpace(text[word.Start - 1]))
            {
                break;
            }
            pos = word.Start - 1;
        }
        if (start is { } s && hasRole)
        {
            state.Add(s, comma, mention.Actor, MentionForm.Appositive);
        }
    }

    /// <summary>The start of the possessor whose ’s starts at <paramref name="apostrophe"/>, with a "the" before it; null if no name ends there.</summary>
    private static int? PossessorEndingAt(RecognitionState state, int apostrophe)
    {
        if (state.LongestNameEndingAt(apostrophe) is not { } owner)
        {
            return null;
        }
        return TextWords.WordBefore(state.Text, owner.Start) is { } word && state.Lexicon.Determiners.Contains(TextWords.Span(state.Text, word))
            ? word.Start
            : owner.Start;
    }

    private static bool EndsPersonName(RecognitionState state, int end) =>
        state.LongestNameEndingAt(end) is { } name && state.Table[name.Value.Actor].Kind == ActorKind.Person;
}
