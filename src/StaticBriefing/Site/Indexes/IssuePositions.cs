using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>One issue: each party's position, and the clashes between parties.</summary>
public sealed record IssuePositions(string Issue, string Label, EquatableArray<PartyPosition> Parties, EquatableArray<Clash> Clashes)
{
    public PartyPosition? For(string party) => Parties.FirstOrDefault(position => position.Party == party);
}
