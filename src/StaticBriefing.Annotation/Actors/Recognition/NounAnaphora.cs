namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "JD Vance scolded Europe … the vice-president had said": "the" and a bare role noun of the
/// taxonomy take up the one person named earlier in the text who holds that role noun. Where two
/// such people were named ("the president" after Trump and Zelensky), or none, nothing is taken
/// up; a noun tied to a country ("the Russian president") is left to the composed descriptions.
/// On a page a body publishes, the capitalised "the Head of State" is the one holder from its country.
/// </summary>
internal static class NounAnaphora
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        var firstMention = new Dictionary<int, int>();
        var spans = new HashSet<(int Start, int End)>();
        foreach (var candidate in state.Candidates)
        {
            spans.Add((candidate.Start, candidate.End));
            firstMention[candidate.Actor] = Math.Min(candidate.Start, firstMention.GetValueOrDefault(candidate.Actor, int.MaxValue));
        }
        foreach (var hit in state.Hits.Where(h => h.Value.Kind == HitKind.Noun).ToList())
        {
            // A capitalised noun is the official register ("the Head of State"): read only on a page a body of one country publishes.
            var capitalised = !char.IsLower(text[hit.Start]);
            if ((capitalised && (state.HomeCountry is null || !OfficialAnaphor.Allowed(state, hit.End)))
                || TextWords.WordBefore(text, hit.Start) is not { } determiner || determiner.End + 1 != hit.Start
                || !state.Lexicon.AnaphoricDeterminers.Contains(TextWords.Span(text, determiner))
                || DescriptionTies.FollowedByNameOrTitle(state, hit.End) || Anaphora.IsApposition(text, determiner.Start)
                || spans.Contains((determiner.Start, hit.End)))
            {
                continue;
            }
            var named = state.Lexicon.PeopleWithNoun(hit.Value.Text)
                .Where(p => firstMention.TryGetValue(p, out var first) && first < hit.Start && (!capitalised || state.Table[p].CountryKey == state.HomeCountry))
                .Take(2).ToList();
            if (named.Count == 1)
            {
                state.Add(determiner.Start, hit.End, named[0], MentionForm.Description);
            }
        }
    }
}
