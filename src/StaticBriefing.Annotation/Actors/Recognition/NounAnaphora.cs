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
        // The candidates as they were before this pass added any: indexed at the first noun that passes the
        // cheap tests (which comes before the pass adds its first), so a text with none builds no index.
        (HashSet<(int Start, int End)> Spans, Dictionary<int, int> FirstMention)? index = null;
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind != HitKind.Noun)
            {
                continue;
            }
            // A capitalised noun is the official register ("the Head of State"): read only on a page a body of one country publishes.
            var capitalised = !char.IsLower(text[hit.Start]);
            if ((capitalised && (state.HomeCountry is null || !OfficialAnaphor.Allowed(state, hit.End)))
                || TextWords.WordBefore(text, hit.Start) is not { } determiner || determiner.End + 1 != hit.Start
                || !state.Lexicon.AnaphoricDeterminers.Contains(TextWords.Span(text, determiner))
                || DescriptionTies.FollowedByNameOrTitle(state, hit.End) || Anaphora.IsApposition(text, determiner.Start)
                || (index ??= Index(state)).Spans.Contains((determiner.Start, hit.End)))
            {
                continue;
            }
            if (OnlyHolderNamedBefore(state, hit.Value.Text, hit.Start, capitalised, index.Value.FirstMention) is { } person)
            {
                state.Add(determiner.Start, hit.End, person, MentionForm.Description);
            }
        }
    }

    /// <summary>The one person holding the noun named before <paramref name="position"/>; none when two or more were.</summary>
    /// <remarks>A loop, not a LINQ query: its lambda's closure was allocated for every hit of the text.</remarks>
    private static int? OnlyHolderNamedBefore(RecognitionState state, string noun, int position, bool capitalised, Dictionary<int, int> firstMention)
    {
        int? found = null;
        foreach (var person in state.Lexicon.PeopleWithNoun(noun))
        {
            if (firstMention.TryGetValue(person, out var first) && first < position && (!capitalised || state.Table[person].CountryKey == state.HomeCountry))
            {
                if (found is not null)
                {
                    return null;
                }
                found = person;
            }
        }
        return found;
    }

    /// <summary>The spans of the candidates, and where each actor is first named.</summary>
    private static (HashSet<(int Start, int End)> Spans, Dictionary<int, int> FirstMention) Index(RecognitionState state)
    {
        var spans = new HashSet<(int Start, int End)>();
        var firstMention = new Dictionary<int, int>();
        foreach (var candidate in state.Candidates)
        {
            spans.Add((candidate.Start, candidate.End));
            firstMention[candidate.Actor] = Math.Min(candidate.Start, firstMention.GetValueOrDefault(candidate.Actor, int.MaxValue));
        }
        return (spans, firstMention);
    }
}
