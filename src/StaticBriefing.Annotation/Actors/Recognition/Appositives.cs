using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Appositions that describe a named actor, set off by commas (or closing the sentence) and holding a role word:
/// after the name ("Rustem Umerov, the chairman of the Ukrainian National Security Council,") or
/// before it ("his chief negotiator and head of the National Security and Defense Council, Rustem
/// Umerov,", "Our guest, NAME,"). A following apposition stops before a relative clause ("the aide who headed …"); after a
/// sentence-opening prepositional phrase only a comma closes one (<see cref="FrontedPhrase"/>). Those before a
/// name are read by <see cref="PrecedingAppositives"/>.
/// </summary>
internal static class Appositives
{
    internal const int MaxWords = 20;

    public static void Find(RecognitionState state)
    {
        foreach (var mention in state.Candidates.Where(c => c.Form != MentionForm.Appositive).Distinct().ToList())
        {
            After(state, mention);
            if (mention.Form == MentionForm.Name && state.Table[mention.Actor].Kind == ActorKind.Person)
            {
                PrecedingAppositives.Find(state, mention);
            }
        }
    }

    /// <summary>
    /// The apposition becomes a mention, and a person found with no party takes the party of the first
    /// actor named in it ("Iryna Savchuk, minister-counselor at the Embassy of Ukraine" is Ukraine's).
    /// </summary>
    private static void AddApposition(RecognitionState state, int start, int end, int actor)
    {
        state.Add(start, end, actor, MentionForm.Appositive);
        state.Table.Affiliate(actor, AppositionParty.Of(state, start, end));
    }

    private static void After(RecognitionState state, Candidate mention)
    {
        var text = state.Text;
        if (mention.End + 2 >= text.Length || text[mention.End] != ',' || !TextChars.IsInlineSpace(text[mention.End + 1])
            || TextWords.WordStartingAt(text, mention.End + 2) is not { } first
            || !(state.Lexicon.Determiners.Contains(TextWords.Span(text, first)) || state.Lexicon.PossessiveDeterminers.Contains(TextWords.Span(text, first))
                || PossessorAt(state, first.Start) is not null || IsBareTitle(state, first)))
        {
            return;
        }
        var words = 0;
        var hasRole = false;
        for (var i = first.Start; i < text.Length && words <= MaxWords; i++)
        {
            var c = text[i];
            if (c == ',')
            {
                if (hasRole && words > 1)
                {
                    AddApposition(state, first.Start, i, mention.Actor);
                }
                return;
            }
            if (!(TextChars.IsWord(c) || TextChars.IsInlineSpace(c) || TextChars.IsHyphen(c) || TextChars.IsApostrophe(c) || c == '.'))
            {
                return;
            }
            if (TextChars.IsWord(c) && (i == 0 || !TextChars.IsWord(text[i - 1])) && TextWords.WordStartingAt(text, i) is { } word)
            {
                if (state.Lexicon.RelativePronouns.Contains(TextWords.Span(text, word)))
                {
                    if (hasRole && words > 1 && TextWords.PreviousWordEnd(text, i) is { } end && !FrontedPhrase.Holds(state, mention.Start))
                    {
                        AddApposition(state, first.Start, end, mention.Actor); // "the aide who led …"
                    }
                    return;
                }
                if (state.Lexicon.SpeechVerbs.Contains(TextWords.Span(text, word)))
                {
                    // "European countries, the German chancellor said, should …": a speaker set off by commas, no apposition.
                    return;
                }
                words++;
                hasRole |= state.Lexicon.RoleWords.Contains(TextWords.Span(text, word));
            }
            if (c == '.' && (i + 1 >= text.Length || TextChars.IsSpace(text[i + 1])) && !IsInitialStop(text, i))
            {
                if (hasRole && words > 1 && !FrontedPhrase.Holds(state, mention.Start))
                {
                    AddApposition(state, first.Start, i, mention.Actor); // closes the sentence
                }
                return;
            }
        }
    }

    /// <summary>A lower-case title opening an apposition without an article: "Umerov, secretary of the Council,".</summary>
    private static bool IsBareTitle(RecognitionState state, (int Start, int End) word) =>
        char.IsLower(state.Text[word.Start]) && state.Lexicon.Titles.Contains(TextWords.Span(state.Text, word));

    /// <summary>A name with a possessive ’s starting at <paramref name="start"/> ("America’s secretary of state"): where the ’s starts.</summary>
    private static int? PossessorAt(RecognitionState state, int start) =>
        state.LongestNameAt(start) is { } name && TextWords.IsPossessiveAt(state.Text, name.End) ? name.End : null;

    private static bool IsInitialStop(string text, int stop) =>
        TextWords.WordEndingAt(text, stop) is { } word && word.End - word.Start <= 3;
}
