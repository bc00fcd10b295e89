using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Names and titles from the taxonomy, and the names learned while reading (surnames of people
/// named in full, acronyms). A state's name after a place preposition ("talks in Turkey") is a place, and
/// a name closing a longer unknown name ("Novaya Gazeta Europe") is part of that name, and a
/// navigation line ("World | Switzerland | Sport") names no one. A title several bodies hold ("the
/// Council") goes to one of them (<see cref="TitleHolder"/>).
/// </summary>
internal static class NameMentions
{
    public static void FindListed(RecognitionState state)
    {
        var headings = new UnknownNameContext(state);
        var menus = new MenuLines(state.Text);
        var places = new PlaceLines(state.Text);
        var lastNamed = new Dictionary<int, int>();
        foreach (var hit in state.Hits)
        {
            if (menus.Contains(hit.Start) || places.Contains(hit.Start))
            {
                continue;
            }
            if (hit.Value.Kind == HitKind.TitleDescription)
            {
                if (!OpensOtherName(state, hit))
                {
                    state.Add(hit.Start, hit.End, TitleHolder(state, hit, lastNamed), MentionForm.Description);
                }
            }
            else if (hit.Value.Kind == HitKind.Name && !IsPlace(state, hit) && !headings.EndsUnknownName(hit.Start))
            {
                state.Add(hit.Start, hit.End, hit.Value.Actor, MentionForm.Name);
                LearnSurname(state, hit);
                lastNamed[hit.Value.Actor] = hit.Start;
            }
        }
    }

    /// <summary>
    /// "the Council of Europe": the title word opens a longer name of a body that does not hold the
    /// title ("the Council" of the EU), so the article belongs to that name, not to the title.
    /// </summary>
    private static bool OpensOtherName(RecognitionState state, PhraseHit<LexiconEntry> hit)
    {
        if (TextWords.WordStartingAt(state.Text, hit.Start) is not { } article || TextWords.NextWordStart(state.Text, article.End) is not { } word
            || state.LongestNameAt(word) is not { } name || name.End <= hit.End)
        {
            return false;
        }
        for (var i = state.FirstHitAtOrAfter(hit.Start); i < state.Hits.Count && state.Hits[i].Start == hit.Start; i++)
        {
            if (state.Hits[i].Value.Kind == HitKind.TitleDescription && state.Hits[i].Value.Actor == name.Value.Actor)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A title the taxonomy gives several bodies ("the Council") is the one whose name it opens ("the
    /// Council of the European Union"), else the one named last before it, else the one listed first.
    /// </summary>
    private static int TitleHolder(RecognitionState state, PhraseHit<LexiconEntry> hit, Dictionary<int, int> lastNamed)
    {
        var opened = TextWords.NextWordStart(state.Text, hit.Start) is { } word ? state.LongestNameAt(word) : null;
        var best = -1;
        var bestNamed = -1;
        for (var i = state.FirstHitAtOrAfter(hit.Start); i < state.Hits.Count && state.Hits[i].Start == hit.Start; i++)
        {
            var other = state.Hits[i];
            if (other.End != hit.End || other.Value.Kind != HitKind.TitleDescription)
            {
                continue;
            }
            var actor = other.Value.Actor;
            if (opened is { } name && name.Value.Actor == actor)
            {
                return actor;
            }
            var named = lastNamed.TryGetValue(actor, out var at) ? at : -1;
            if (best < 0 || named > bestNamed || (named == bestNamed && actor < best))
            {
                (best, bestNamed) = (actor, named);
            }
        }
        return best;
    }

    public static void FindLearned(RecognitionState state)
    {
        if (state.LearnedAliases.Count == 0)
        {
            return;
        }
        var trie = new PhraseTrie<int>();
        foreach (var (alias, actor) in state.LearnedAliases)
        {
            if (alias.Length >= 2 && !state.Lexicon.NonNames.Contains(alias))
            {
                trie.Add(alias, CaseRule.Exact, actor);
            }
        }
        var hits = new List<PhraseHit<int>>();
        trie.Scan(state.Text, hits, state.Capitals);
        foreach (var hit in hits)
        {
            if (state.LongestNameAt(hit.Start) is not { } listed || listed.End < hit.End)
            {
                state.Add(hit.Start, hit.End, hit.Value, MentionForm.Name);
            }
        }
    }

    /// <summary>Once a person is named in full, the surname alone names them too ("Lindsey Graham … Graham said").</summary>
    private static void LearnSurname(RecognitionState state, PhraseHit<LexiconEntry> hit)
    {
        var name = hit.Value.Text;
        var space = name.LastIndexOf(' ');
        if (state.Table[hit.Value.Actor].Kind != ActorKind.Person || space < 0)
        {
            return;
        }
        var surname = name[(space + 1)..];
        if (surname.Length >= 3 && char.IsUpper(surname[0]) && surname.Skip(1).All(char.IsLower))
        {
            state.LearnedAliases.Add((surname, hit.Value.Actor));
        }
    }

    /// <summary>A state after a place preposition ("in Turkey"), or before a currency noun ("U.S. dollars"): no actor.</summary>
    private static bool IsPlace(RecognitionState state, PhraseHit<LexiconEntry> hit) =>
        state.Table[hit.Value.Actor].Kind == ActorKind.State
        && ((TextWords.WordBefore(state.Text, hit.Start) is { } word && state.Lexicon.PlacePrepositions.Contains(TextWords.Span(state.Text, word)))
            || (TextWords.WordAfter(state.Text, hit.End) is { } next && state.Lexicon.CurrencyNouns.Contains(TextWords.Span(state.Text, next))));
}
