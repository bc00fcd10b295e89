using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>What ties a noun to a country, read from the words before (or after) it.</summary>
internal static class DescriptionTies
{
    private const int PronounReach = 600;
    private const int InstitutionReach = 400;
    private const int PageReach = 20_000;

    public readonly record struct Tied(string Country, int Start, bool Determined);

    /// <summary>An adjective (with its determiner), a possessor or a possessive pronoun right before the noun.</summary>
    public static Tied? Tie(RecognitionState state, int nounStart)
    {
        var text = state.Text;
        if (TextWords.PreviousWordEnd(text, nounStart) is not { } end)
        {
            return null;
        }
        if (state.LongestEndingAt(end, HitKind.Adjective) is { } adjective)
        {
            var country = state.Table[adjective.Value.Actor].CountryKey;
            return TextWords.WordBefore(text, adjective.Start) is { } word && state.Lexicon.Determiners.Contains(TextWords.Span(text, word))
                ? new Tied(country, word.Start, true)
                : new Tied(country, adjective.Start, false);
        }
        if (end >= 2 && TextWords.IsPossessiveAt(text, end - 2) && state.LongestNameEndingAt(end - 2) is { } owner)
        {
            return new Tied(state.Table[owner.Value.Actor].CountryKey, WithArticle(state, TitledStart(state, owner.Start, owner.End)), true);
        }
        if (TextWords.WordEndingAt(text, end) is { } pronoun && state.Lexicon.PossessivePronouns.Contains(TextWords.Span(text, pronoun))
            && Antecedent(state, pronoun.Start) is { } antecedent)
        {
            return new Tied(antecedent, pronoun.Start, true);
        }
        return null;
    }

    /// <summary>
    /// The start of a possessor before a noun ("its", "Kyiv’s", "the Kremlin’s", and the speaker's own
    /// "our" in a statement or a record of speeches), for nouns held by any possessor.
    /// </summary>
    public static int? Possessor(RecognitionState state, int nounStart)
    {
        var text = state.Text;
        if (TextWords.PreviousWordEnd(text, nounStart) is not { } end)
        {
            return null;
        }
        if (end >= 2 && TextWords.IsPossessiveAt(text, end - 2) && state.LongestNameEndingAt(end - 2) is { } owner)
        {
            return WithArticle(state, owner.Start);
        }
        return TextWords.WordEndingAt(text, end) is { } word
            && (state.Lexicon.PossessiveDeterminers.Contains(TextWords.Span(text, word)) || state.Lexicon.Determiners.Contains(TextWords.Span(text, word))
                || state.Lexicon.FirstPersonPossessives.Contains(TextWords.Span(text, word)))
            ? word.Start
            : null;
    }

    /// <summary>"… of Ukraine", "… of the Netherlands" after the noun: the country and where the mention ends.</summary>
    public static (string Country, int End)? OfCountry(RecognitionState state, int nounEnd)
    {
        var text = state.Text;
        if (TextWords.WordAfter(text, nounEnd) is not { } of || !TextWords.Span(text, of).SequenceEqual("of")
            || TextWords.NextWordStart(text, of.End) is not { } next)
        {
            return null;
        }
        // A name the article is not part of ("the Netherlands", "the United States") follows its article.
        if (state.LongestNameAt(next) is null && TextWords.WordStartingAt(text, next) is { } article
            && state.Lexicon.Determiners.Contains(TextWords.Span(text, article)) && TextWords.NextWordStart(text, article.End) is { } named)
        {
            next = named;
        }
        if (state.LongestNameAt(next) is not { } name)
        {
            return null;
        }
        var actor = state.Table[name.Value.Actor];
        return actor.Kind is ActorKind.State or ActorKind.Organisation ? (actor.CountryKey, name.End) : null;
    }

    /// <summary>Is the noun part of a titled name or a longer title ("the Russian President Vladimir Putin", "chief negotiator", "president of")?</summary>
    public static bool FollowedByNameOrTitle(RecognitionState state, int nounEnd)
    {
        var text = state.Text;
        if (TextWords.WordAfter(text, nounEnd) is not { } next || !TextChars.IsInlineSpace(text[nounEnd]))
        {
            return false;
        }
        var word = TextWords.Span(text, next);
        if (word.SequenceEqual("of") || state.Lexicon.Titles.Contains(word))
        {
            return true;
        }
        if (!char.IsUpper(word[0]) || state.Lexicon.NonNames.Contains(word))
        {
            return false;
        }
        return state.LongestNameAt(next.Start) is { } name
            ? state.Table[name.Value.Actor].Kind == ActorKind.Person
            : new NameReader(state).ReadForward(next.Start) is { Words: >= 2 };
    }

    /// <summary>
    /// The organisation an untied institution noun belongs to, from the nearest country cue earlier in its
    /// sentence, or for a determined noun also the one before ("… Washington was prepared to offer … the
    /// administration wants …"), and near it; -1 if none. With <paramref name="wholePage"/> ("this Council") the
    /// cue may stand anywhere in the page before it, within <see cref="PageReach"/> characters (a bound on hostile text).
    /// </summary>
    public static int NearestInstitution(RecognitionState state, int nounStart, string noun, bool determined, bool wholePage = false)
    {
        var sentence = state.SentenceOf(nounStart);
        var sentenceStart = state.SentenceStart(determined ? Math.Max(0, sentence - 1) : sentence);
        var from = wholePage ? Math.Max(0, nounStart - PageReach) : Math.Max(sentenceStart, nounStart - InstitutionReach);
        for (var i = state.FirstHitAtOrAfter(nounStart) - 1; i >= 0 && state.Hits[i].Start >= from; i--)
        {
            var hit = state.Hits[i];
            if (hit.Value.Kind is HitKind.Adjective or HitKind.Name)
            {
                var actor = state.Lexicon.ActorForNoun(state.Table[hit.Value.Actor].CountryKey, noun);
                if (actor >= 0)
                {
                    return state.Table[actor].Kind == ActorKind.Organisation ? actor : -1;
                }
            }
        }
        return -1;
    }

    /// <summary>The country of the last state or organisation named before a possessive pronoun.</summary>
    private static string? Antecedent(RecognitionState state, int pronounStart)
    {
        for (var i = state.FirstHitAtOrAfter(pronounStart) - 1; i >= 0 && state.Hits[i].Start >= pronounStart - PronounReach; i--)
        {
            var hit = state.Hits[i];
            if (hit.Value.Kind == HitKind.Name && state.Table[hit.Value.Actor].Kind is ActorKind.State or ActorKind.Organisation)
            {
                return state.Table[hit.Value.Actor].CountryKey;
            }
        }
        return null;
    }

    /// <summary>A titled possessor keeps its title ("President NAME’s office").</summary>
    private static int TitledStart(RecognitionState state, int start, int end) =>
        state.TitledStarts.TryGetValue(end, out var titled) && titled < start ? titled : start;

    /// <summary>Includes a "the" right before a possessor ("the Kremlin’s chief").</summary>
    private static int WithArticle(RecognitionState state, int start) =>
        TextWords.WordBefore(state.Text, start) is { } word && state.Lexicon.Determiners.Contains(TextWords.Span(state.Text, word)) ? word.Start : start;
}
