using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Descriptions composed from a noun and what ties it to a country: an adjective after a determiner
/// ("the Russian president"), a possessor ("Kyiv’s delegation", "the Kremlin’s chief"), a possessive
/// pronoun standing for the last state or organisation named ("its delegation"), or "of"
/// ("the government of Ukraine"). An institution noun with no tie of its own ("the Foreign Ministry")
/// takes the nearest country cue of its sentence. Nouns "held" by any possessor ("its Western
/// partners") name their actor directly.
/// </summary>
internal static class ComposedDescriptions
{
    public static void Find(RecognitionState state)
    {
        // No copy: the hits are fixed once the state is built (candidates are what grows).
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind == HitKind.Noun)
            {
                Noun(state, hit);
            }
            else if (hit.Value.Kind == HitKind.PossessedNoun && DescriptionTies.Possessor(state, hit.Start) is { } start)
            {
                state.Add(start, hit.End, hit.Value.Actor, MentionForm.Description);
            }
        }
    }

    private static void Noun(RecognitionState state, PhraseHit<LexiconEntry> hit)
    {
        var noun = hit.Value.Text;
        if (state.LongestEndingAt(hit.End, HitKind.Noun) is { } longer && longer.Start < hit.Start)
        {
            return; // "office" inside "presidential office" is the longer noun's
        }
        if (DescriptionTies.Tie(state, hit.Start) is { } tie)
        {
            var actor = state.Lexicon.ActorForNoun(tie.Country, noun);
            // Telegraphic style drops the article after "of" ("head of Russian delegation", "Mid of Russian delegation").
            if (actor >= 0 && (tie.Determined || state.Table[actor].Kind == ActorKind.Organisation || TextWords.FollowsWord(state.Text, tie.Start, "of"))
                && !DescriptionTies.FollowedByNameOrTitle(state, hit.End))
            {
                Add(state, OwnedNameStart(state, actor, hit.Start) ?? NameLikeStart(state, tie.Start, hit.Start), hit.End, actor, noun);
            }
            return;
        }
        var determiner = TextWords.WordBefore(state.Text, hit.Start) is { } word
            && state.Lexicon.Determiners.Contains(TextWords.Span(state.Text, word)) ? word.Start : (int?)null;
        if (determiner is null && Demonstrative(state, hit.Start) is { } demonstrative)
        {
            // "this Council", "This Organization": the body the page speaks in or of, named anywhere before.
            if (DescriptionTies.NearestInstitution(state, hit.Start, noun, determined: true, wholePage: true) is var addressed and >= 0)
            {
                Add(state, demonstrative, hit.End, addressed, noun);
            }
            return;
        }
        if (DescriptionTies.OfCountry(state, hit.End) is { } of)
        {
            var actor = state.Lexicon.ActorForNoun(of.Country, noun);
            if (actor >= 0 && determiner is not null)
            {
                Add(state, determiner.Value, of.End, actor, noun);
            }
            return;
        }
        if (DescriptionTies.FollowedByNameOrTitle(state, hit.End) || AfterCapitalisedWord(state, hit.Start))
        {
            return; // "the Trump administration" is a name's, not an untied institution
        }
        if (state.LongestEndingAt(hit.End, HitKind.AbstractNounPhrase) is not null)
        {
            return; // "left office", "his term of office": the abstract word, not the body
        }
        var institution = DescriptionTies.NearestInstitution(state, hit.Start, noun, determiner is not null);
        if (institution < 0 && determiner is not null && state.HomeCountry is { } home
            && state.Lexicon.ActorForNoun(home, noun) is var own and >= 0 && state.Table[own].Kind == ActorKind.Organisation)
        {
            institution = own; // "the administration" on a page the administration's own department publishes
        }
        if (institution >= 0)
        {
            // A capitalised institution ("Foreign Ministry") is a name: no article.
            var start = char.IsUpper(state.Text[hit.Start]) ? hit.Start : determiner ?? hit.Start;
            Add(state, start, hit.End, institution, noun);
        }
    }

    /// <summary>The start of a determiner pointing at the body addressed ("this Council") right before the noun.</summary>
    private static int? Demonstrative(RecognitionState state, int nounStart) =>
        TextWords.WordBefore(state.Text, nounStart) is { } word && state.Lexicon.AddressedDeterminers.Contains(TextWords.Span(state.Text, word)) ? word.Start : null;

    private static bool AfterCapitalisedWord(RecognitionState state, int nounStart) =>
        TextWords.WordBefore(state.Text, nounStart) is { } word && char.IsUpper(state.Text[word.Start]);

    /// <summary>A capitalised noun ("the U.S. State Department") is a name: the mention drops the article.</summary>
    private static int NameLikeStart(RecognitionState state, int start, int nounStart)
    {
        var text = state.Text;
        if (!char.IsUpper(text[nounStart]) || TextWords.WordStartingAt(text, start) is not { } first
            || !state.Lexicon.Determiners.Contains(TextWords.Span(text, first)))
        {
            return start;
        }
        return TextWords.NextWordStart(text, first.End) ?? start;
    }

    /// <summary>
    /// An institution's capitalised name after a possessor ("Russia’s Ministry of Defence") is a name:
    /// the mention is the name, and the possessor a mention of its own. A person's office keeps it ("Ukraine’s Foreign Minister").
    /// </summary>
    private static int? OwnedNameStart(RecognitionState state, int actor, int nounStart)
    {
        var text = state.Text;
        return state.Table[actor].Kind == ActorKind.Organisation && char.IsUpper(text[nounStart])
            && TextWords.PreviousWordEnd(text, nounStart) is { } end && end >= 2 && TextWords.IsPossessiveAt(text, end - 2)
            ? nounStart
            : null;
    }

    private static void Add(RecognitionState state, int start, int end, int actor, string noun)
    {
        state.Add(start, end, actor, MentionForm.Description);
        if (state.Table[actor].Kind == ActorKind.Person)
        {
            state.TitleHeads.Add((start, actor, noun.Split(' ')[^1]));
        }
    }
}
