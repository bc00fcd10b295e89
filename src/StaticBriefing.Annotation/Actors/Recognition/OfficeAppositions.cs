using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A name followed by its office as a proper noun, without a determiner: "NAME, Minister for Foreign
/// Affairs of Northland, said …", a briefer in capitals ("VANTRECK QUILLON, Assistant Secretary-General
/// for …, said"), a contact line ("NAME, Head of Rates Strategy | +44 …"). The office is an apposition
/// describing the person (<see cref="OfficePhrase"/>). A listed person keeps their identity; an unknown
/// name of two to four words becomes a person whose role is the office and whose party is that of the
/// state the office is "of" ("… of Northland"), if the taxonomy knows it.
/// </summary>
internal static class OfficeAppositions
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        NameReader? reader = null;
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
        {
            if (comma + 2 >= text.Length || text[comma + 1] != ' ' || !char.IsUpper(text[comma + 2])
                || OfficePhrase.Read(state, comma + 2) is not { } end)
            {
                continue;
            }
            if (state.LongestNameEndingAt(comma) is { } listed)
            {
                if (state.Table[listed.Value.Actor].Kind == ActorKind.Person)
                {
                    state.Add(comma + 2, end, listed.Value.Actor, MentionForm.Appositive);
                }
                continue;
            }
            reader ??= new NameReader(state);
            if (reader.ReadBackward(comma) is not { Words: >= 2 and <= 4, LooksLikeOrganisation: false } name
                || state.LongestNameAt(name.Start) is not null)
            {
                continue;
            }
            var discovered = state.Table.Discover(Display(name.Name), ActorKind.Person, PartyOf(state, comma + 2, end), text[(comma + 2)..end]);
            state.Add(name.Start, name.End, discovered, MentionForm.Name);
            if (discovered >= 0)
            {
                state.LearnedAliases.Add((name.LastWord, discovered));
                state.Add(comma + 2, end, discovered, MentionForm.Appositive);
            }
        }
    }

    /// <summary>A name in capitals ("VANTRECK QUILLON") is given in title case.</summary>
    private static string Display(string name) =>
        TextChars.IsInCapitals(name) ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant()) : name;

    /// <summary>The party of the state or body the office is "of" ("Minister of Defence of Northland"), or none.</summary>
    private static string PartyOf(RecognitionState state, int start, int end)
    {
        var party = "none";
        for (var i = state.FirstHitAtOrAfter(start); i < state.Hits.Count && state.Hits[i].Start < end; i++)
        {
            var hit = state.Hits[i];
            if (hit.Value.Kind == HitKind.Name && hit.End <= end && TextWords.FollowsWord(state.Text, hit.Start, "of")
                && state.Table[hit.Value.Actor].Kind is ActorKind.State)
            {
                party = state.Table[hit.Value.Actor].Party;
            }
        }
        return party;
    }
}
