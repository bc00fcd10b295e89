namespace StaticBriefing.Site.Indexes;

/// <summary>An id of the taxonomy with the label readers see ("ceasefire" → "Ceasefire").</summary>
public sealed record LabelledId(string Id, string Label);
