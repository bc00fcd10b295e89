namespace StaticBriefing.Site.Views;

/// <summary>A date of a brief as written, its reading ("21–31 Aug 2025", or the raw value off the calendar) and its sentence.</summary>
public sealed record SideDate(string Text, string Reading, string Anchor);
