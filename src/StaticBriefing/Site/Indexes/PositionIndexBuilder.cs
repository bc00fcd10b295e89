using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Issue × party positions: for each issue (taxonomy order) each party's statements in
/// publication order, its prevailing stance, the number of independent outlets, and the clashes
/// where one party demands or proposes what another rejects.
/// </summary>
public static class PositionIndexBuilder
{
    public static EquatableArray<IssuePositions> Build(IReadOnlyList<IndexedBrief> briefs, SiteTaxonomy taxonomy)
    {
        var statements = briefs
            .SelectMany(brief => brief.Brief.Demands.Select(demand => (demand.Issue, Statement: new PositionStatement(
                demand.Party,
                demand.Stance,
                demand.Text,
                demand.ActorId,
                brief.Brief.Metadata.Published,
                brief.SourceKey,
                brief.Cite(demand.Sentence, demand.Text)), Position: brief.Position(demand.Sentence))))
            .OrderBy(entry => entry.Statement.Published.Anchor)
            .ThenBy(entry => entry.Statement.Citation.BriefId, StringComparer.Ordinal)
            .ThenBy(entry => entry.Position)
            .ToList();
        var partyOrder = taxonomy.OrderParties(statements.Select(entry => entry.Statement.Party));
        return taxonomy.OrderIssues(statements.Select(entry => entry.Issue))
            .Select(issue =>
            {
                var onIssue = statements.Where(entry => entry.Issue == issue).Select(entry => entry.Statement).ToList();
                var parties = partyOrder
                    .Select(party => Position(party, taxonomy, onIssue.Where(statement => statement.Party == party).ToList()))
                    .OfType<PartyPosition>()
                    .ToEquatableArray();
                return new IssuePositions(issue, taxonomy.IssueLabel(issue), parties, Clashes(parties, taxonomy));
            })
            .ToEquatableArray();
    }

    private static PartyPosition? Position(string party, SiteTaxonomy taxonomy, List<PositionStatement> statements)
    {
        if (statements.Count == 0)
        {
            return null;
        }
        var stances = statements
            .GroupBy(statement => statement.Stance)
            .Select(group => new StanceCount(group.Key, group.Count()))
            .OrderByDescending(count => count.Count)
            .ThenBy(count => count.Stance)
            .ToList();
        Stance? prevailing = stances.Count == 1 || stances[0].Count > stances[1].Count ? stances[0].Stance : null;
        var outlets = statements.Select(statement => statement.SourceKey).Distinct(StringComparer.Ordinal).Count();
        return new PartyPosition(party, taxonomy.PartyLabel(party), prevailing, stances.ToEquatableArray(), outlets, statements.ToEquatableArray());
    }

    private static EquatableArray<Clash> Clashes(EquatableArray<PartyPosition> parties, SiteTaxonomy taxonomy)
    {
        var clashes = new List<Clash>();
        foreach (var asking in parties)
        {
            var asks = asking.Statements.Where(statement => statement.Stance is Stance.Demands or Stance.Proposes).ToEquatableArray();
            if (asks.Count == 0)
            {
                continue;
            }
            foreach (var rejecting in parties.Where(other => other.Party != asking.Party))
            {
                var rejections = rejecting.Statements.Where(statement => statement.Stance == Stance.Rejects).ToEquatableArray();
                if (rejections.Count > 0)
                {
                    clashes.Add(new Clash(asking.Party, taxonomy.PartyLabel(asking.Party), rejecting.Party, taxonomy.PartyLabel(rejecting.Party), asks, rejections));
                }
            }
        }
        return clashes.ToEquatableArray();
    }
}
