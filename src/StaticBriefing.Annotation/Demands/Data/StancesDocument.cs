namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The shape of input/stances.yml.</summary>
public sealed class StancesDocument
{
    public required StanceLists Stances { get; init; }

    public List<RestrictedCueEntry> Restricted { get; init; } = [];

    public required List<string> AgentLinks { get; init; }

    public required List<string> Negators { get; init; }

    public int NegationWindow { get; init; } = 3;

    public int MaxScope { get; init; } = 40;

    public required List<string> ScopeEnds { get; init; }

    public required List<string> ClauseBreaks { get; init; }

    public required List<string> Fronted { get; init; }

    public required List<string> Prepositions { get; init; }

    public required List<string> Determiners { get; init; }

    public required List<string> Coordinators { get; init; }

    public List<string> Shields { get; init; } = [];

    public List<string> SourceLinks { get; init; } = [];

    public required List<string> PrincipalParties { get; init; }

    public List<string> Collectives { get; init; } = [];

    public required AnaphorLists Anaphors { get; init; }

    public List<string> Pronouns { get; init; } = [];

    public Dictionary<string, string> PartyAdjectives { get; init; } = [];

    public required ClaimCueLists Claims { get; init; }
}
