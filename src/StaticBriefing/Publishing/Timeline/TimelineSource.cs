using StaticBriefing.Annotation.Model;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Timeline;

/// <summary>One brief's mention of a dated event: the words it used ("May 16") and the sentence cited.</summary>
public sealed record TimelineSource(Citation Citation, string DateText, string? Outlet, ReferenceDate Published);
