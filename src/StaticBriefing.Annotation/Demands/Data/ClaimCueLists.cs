namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The claims section of input/stances.yml: how statements are attributed and disputed, and what makes a figure.</summary>
public sealed class ClaimCueLists
{
    public required List<string> Attributions { get; init; }

    public required List<string> Disputes { get; init; }

    public required List<string> Quantifiers { get; init; }

    public required List<string> Magnitudes { get; init; }

    public List<string> Currencies { get; init; } = [];

    /// <summary>Before an attribution, the narrator doubts it ("despite claims by X").</summary>
    public List<string> DoubtsBefore { get; init; } = [];

    /// <summary>After an attribution, the narrator rebuts it ("yet").</summary>
    public List<string> DoubtsAfter { get; init; } = [];

    /// <summary>Heading what is said, these make it a stated position, not a claim ("would", "ready to").</summary>
    public List<string> Positions { get; init; } = [];

    /// <summary>After a number, these make it a duration, not a figure ("days", "- day").</summary>
    public List<string> Durations { get; init; } = [];

    /// <summary>Words opening what is said as a clause ("said (on Tuesday) that …").</summary>
    public List<string> Complementizers { get; init; } = [];

    /// <summary>Words before a speech verb that make it an infinitive ("chose to say"), which states nothing.</summary>
    public List<string> InfinitiveMarkers { get; init; } = [];
}
