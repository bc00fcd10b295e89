using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>For one issue, a stance cue of kind From states the stance To.</summary>
public sealed record StanceRemap(Stance From, Stance To);
