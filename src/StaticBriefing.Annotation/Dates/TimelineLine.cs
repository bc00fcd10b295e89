namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// A line [Start, End) of a dated timeline, its opening date ending at <see cref="DateEnd"/>. Its
/// verbs are in the historic present. <see cref="Last"/> marks the run's last line, the only entry
/// that may lie ahead of the publication date ("Feb. 1 - talks are due to resume").
/// </summary>
public readonly record struct TimelineLine(int Start, int End, int DateEnd, bool Last);
