using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Annotation.Dates;

// PLACEHOLDER (owned by the dates helper): month names, weekdays, modifiers … from input/temporal.yml.
public sealed record TemporalLexicon
{
    public static TemporalLexicon Parse(DataFile temporal) => new();
}
