using StaticBriefing.Annotation.Demands.Detection.Reading;

namespace StaticBriefing.Annotation.Demands.Detection.Lists;

/// <summary>
/// Reads an item under a position subhead: a verbless line ("Recognition of Crimea", "No NATO
/// membership for Ukraine") states the subhead's position on each issue it names, turned round by
/// its own negator, up to where a condition or gloss begins. An item that states a position of its
/// own before naming an issue ("Kyiv has already accepted …") is read as any sentence is.
/// </summary>
public static class PositionListReader
{
    /// <summary>The item's positions, or null when the item speaks for itself.</summary>
    public static IReadOnlyList<DemandEntry>? Read(CompiledDemandLexicon lexicon, SentenceContext item, ListPosition list)
    {
        var first = item.Issues.Count > 0 ? item.Issues[0].Start : item.Tokens.Count;
        if (item.Stances.Any(hit => hit.Cue.Kind != StanceCueKind.Neutral && hit.Start < first))
        {
            return null;
        }
        var ends = TokenMarks.Of(lexicon.ListItemEnds, item.Tokens).Matches;
        var end = ends.Count > 0 ? ends[0].Start : item.Tokens.Count;
        var negation = new Negation(lexicon, item);
        var positions = new SentencePositions(lexicon, item);
        foreach (var issue in item.Issues.Where(issue => issue.Start < end))
        {
            positions.Take(list.Parties, list.Stance, issue.Issue, negation.IsNegatedBefore(issue.Start, 0), issue.Start, issue.End);
        }
        return positions.Entries;
    }
}
