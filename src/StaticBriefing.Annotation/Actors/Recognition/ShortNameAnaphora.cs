using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "The Marine War Risks Committee met … The Committee will review …": the last word of a discovered
/// organisation's name (an institution_name_ends word), capitalised as in the name and after "the", is
/// that organisation's short name when exactly one discovered organisation named before ends in it. A
/// listed organisation's short names are its aliases; a word followed by a name or "of" opens a longer name.
/// </summary>
internal static class ShortNameAnaphora
{
    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        // last word -> organisation -> where it is first named
        var heads = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var name in state.Candidates.Where(c => c.Form == MentionForm.Name && state.Table.IsDiscovered(c.Actor) && state.Table[c.Actor].Kind == ActorKind.Organisation))
        {
            if (TextWords.WordEndingAt(text, name.End) is { } last && last.Start > name.Start && state.Lexicon.InstitutionNameEnds.Contains(TextWords.Span(text, last)))
            {
                var named = heads.TryGetValue(text[last.Start..last.End], out var found) ? found : heads[text[last.Start..last.End]] = [];
                named[name.Actor] = Math.Min(name.Start, named.GetValueOrDefault(name.Actor, int.MaxValue));
            }
        }
        var mentions = new List<(int Start, int End, int Actor)>();
        foreach (var (head, named) in heads)
        {
            foreach (var (at, end, determinerStart) in DeterminedHeadScan.Find(state, head))
            {
                if (state.LongestNameAt(at) is null && DeterminedHeadScan.OnlyOneNamedBefore(named, determinerStart) is { } organisation)
                {
                    mentions.Add((at, end, organisation));
                }
            }
        }
        foreach (var (start, end, actor) in mentions)
        {
            state.Add(start, end, actor, MentionForm.Name);
        }
    }
}
