using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>Embedded material [Start, End) whose own date (from its signature line) anchors the dates inside it.</summary>
public sealed record EmbeddedBlock(int Start, int End, ReferenceDate Reference);
