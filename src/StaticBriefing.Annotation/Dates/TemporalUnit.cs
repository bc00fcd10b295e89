namespace StaticBriefing.Annotation.Dates;

/// <summary>A duration unit as loaded: "years" → Y, plural; fractions go to <see cref="Subunit"/>.</summary>
internal sealed record TemporalUnit(string Symbol, bool Time, bool Plural, string Subunit, int Per);
