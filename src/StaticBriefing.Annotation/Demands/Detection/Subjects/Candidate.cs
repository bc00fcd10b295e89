namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>A noun phrase that can be the subject of a stance: tokens [First, End) and the parties it names.</summary>
public sealed record Candidate(int First, int End, IReadOnlyList<PartyRef> Parties)
{
    /// <summary>The phrase names a document ("the plan", "Washington's draft").</summary>
    public bool Document { get; init; }
}
