namespace StaticBriefing.Annotation.Model;

/// <summary>
/// A position a party takes on an issue in one sentence. [Start, End) covers the cue that names
/// the issue; ActorId is the actor the party was resolved through (null when inferred otherwise).
/// </summary>
public sealed record DemandAnnotation(string Party, string Issue, Stance Stance, int Sentence, int Start, int End, string? ActorId);
