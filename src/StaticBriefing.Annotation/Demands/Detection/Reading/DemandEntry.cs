using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>A position found in a sentence, in token terms, before it becomes a <see cref="DemandAnnotation"/>.</summary>
public sealed record DemandEntry(PartyRef Party, IssueDefinition Issue, Stance Stance, int First, int End);
