using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

/// <summary>A position: Text is the marked cue, Sentence the anchor of the sentence that states it.</summary>
public sealed record BriefDemand(string Party, string Issue, Stance Stance, string Text, string Sentence, string? ActorId);
