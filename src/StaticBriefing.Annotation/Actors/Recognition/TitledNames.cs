using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Titled names: a title word right before a name ("Kremlin spokesperson Dmitry Peskov"), from the
/// title's first modifier (never a determiner) to the name, plus "of COUNTRY" before or after the name
/// (<see cref="OfficialRegister"/>); the bare name stays a mention of its own. An unknown name after a
/// title is a discovered person whose role is the title and whose party its modifiers give.
/// </summary>
internal static class TitledNames
{
    private const int MaxChainWords = 2;

    public static void Find(RecognitionState state)
    {
        var reader = new NameReader(state);
        foreach (var title in state.Hits.Where(h => h.Value.Kind == HitKind.TitleWord).ToList())
        {
            // "General" inside "Secretary-General" is the compound's tail, no title of its own.
            if ((title.Start >= 2 && state.Text[title.Start - 1] == '-' && char.IsLetter(state.Text[title.Start - 2])) || TextWords.NextWordStart(state.Text, title.End) is not { } next)
            {
                continue;
            }
            var nameStart = OfficialRegister.NameAfterOffice(state, next) ?? next;
            var (actor, coreEnd) = NameAfterTitle(state, reader, nameStart, title.Start);
            if (actor < 0)
            {
                continue;
            }
            var start = TitleStart(state, title.Start);
            var end = OfficialRegister.OfBodyEnd(state, coreEnd) ?? coreEnd;
            state.Add(start, end, actor, MentionForm.Extended);
            state.TitledStarts[coreEnd] = Math.Min(start, state.TitledStarts.GetValueOrDefault(coreEnd, start));
            state.Add(nameStart, coreEnd, actor, MentionForm.Name);
            state.TitleHeads.Add((title.Start, actor, TitleHead.Of(state, title.Start, title.End)));
        }
    }

    private static (int Actor, int End) NameAfterTitle(RecognitionState state, NameReader reader, int nameStart, int titleStart)
    {
        if (state.LongestNameAt(nameStart) is { } known)
        {
            var actor = known.Value.Actor;
            return state.Table[actor].Kind == ActorKind.Person ? (actor, known.End) : (-1, 0);
        }
        if (reader.ReadForward(nameStart) is not { } name || IsTitleWord(state, nameStart))
        {
            return (-1, 0);
        }
        if (name.Words == 1 && ListedSurnames.PersonNamed(state, name.Name) is { } listed)
        {
            return (listed, name.End); // "President Vantreck" after "Ilsa Vantreck", "MS QUILLON" after "NAME Quillon"
        }
        if (name.LooksLikeOrganisation)
        {
            return (-1, 0); // "the Russian General Staff" is no person called Staff
        }
        var role = state.Text[TitleStart(state, titleStart)..(nameStart)].Trim();
        var discovered = state.Table.Discover(name.Name, ActorKind.Person, PartyOfTitle(state, titleStart, nameStart), role);
        if (discovered >= 0 && name.Words > 1)
        {
            // The full name names them elsewhere too, without the title ("Dr NAME" … "NAME closed").
            state.LearnedAliases.Add((name.Name, discovered));
            state.LearnedAliases.Add((name.LastWord, discovered));
        }
        return (discovered, name.End);
    }

    private static bool IsTitleWord(RecognitionState state, int start) =>
        TextWords.WordStartingAt(state.Text, start) is { } word
        && (state.Lexicon.Titles.Contains(TextWords.Span(state.Text, word)) || state.Lexicon.TitleModifiers.Contains(TextWords.Span(state.Text, word)));

    /// <summary>Walks back over modifiers: title words, listed modifiers, adjectives and organisation names.</summary>
    private static int TitleStart(RecognitionState state, int titleStart)
    {
        var text = state.Text;
        var start = titleStart;
        while (TextWords.PreviousWordEnd(text, start) is { } end && !text.AsSpan(end, start - end).Contains('\n'))
        {
            if (state.LongestEndingAt(end, HitKind.Adjective) is { } adjective)
            {
                start = adjective.Start;
                continue;
            }
            if (state.LongestNameEndingAt(end) is { } name && state.Table[name.Value.Actor].Kind != ActorKind.Person)
            {
                start = name.Start;
                continue;
            }
            if (TitleWordBefore.Start(state, end) is { } word)
            {
                start = word;
                continue;
            }
            if (ModifierChainStart(state, end) is { } chain)
            {
                start = chain;
                continue;
            }
            break;
        }
        return start;
    }

    /// <summary>
    /// "Russian investment envoy": up to two unlisted lowercase words count as modifiers when a
    /// nationality adjective or an organisation's name stands right before them.
    /// </summary>
    private static int? ModifierChainStart(RecognitionState state, int end)
    {
        var text = state.Text;
        for (var words = 0; words < MaxChainWords; words++)
        {
            if (TextWords.WordEndingAt(text, end) is not { } word || !char.IsLower(text[word.Start]) || IsFunctionWord(state, TextWords.Span(text, word))
                || TextWords.PreviousWordEnd(text, word.Start) is not { } before || text.AsSpan(before, word.Start - before).Contains('\n'))
            {
                return null;
            }
            if (state.LongestEndingAt(before, HitKind.Adjective) is { } adjective)
            {
                return adjective.Start;
            }
            if (state.LongestNameEndingAt(before) is { } name && state.Table[name.Value.Actor].Kind != ActorKind.Person)
            {
                return name.Start;
            }
            end = before;
        }
        return null;
    }

    private static bool IsFunctionWord(RecognitionState state, ReadOnlySpan<char> word) =>
        state.Lexicon.ClauseStops.Contains(word) || state.Lexicon.Determiners.Contains(word)
        || state.Lexicon.PossessiveDeterminers.Contains(word) || state.Lexicon.SpeechVerbs.Contains(word)
        || word.SequenceEqual("and") || word.SequenceEqual("or") || word.SequenceEqual("of");

    /// <summary>The party a title's modifiers give ("French foreign minister" → france), else "none".</summary>
    private static string PartyOfTitle(RecognitionState state, int titleStart, int nameStart)
    {
        for (var p = TitleStart(state, titleStart); p < nameStart; p++)
        {
            if ((state.LongestAt(p, HitKind.Adjective) ?? state.LongestAt(p, HitKind.Name)) is { } hit)
            {
                return state.Table[hit.Value.Actor].Party;
            }
        }
        return "none";
    }
}
