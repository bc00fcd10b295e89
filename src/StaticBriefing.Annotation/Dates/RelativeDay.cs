namespace StaticBriefing.Annotation.Dates;

/// <summary>A day word ("tomorrow", "last night"): days from the reference date and an optional part of day.</summary>
internal sealed record RelativeDay(int Offset, string? Part);
