namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>An expected expression: exact extent, TIMEX3 value, DATE or DURATION, mod or null.</summary>
public sealed class ExpectedDate
{
    public required string Text { get; init; }

    public required string Value { get; init; }

    public required string Type { get; init; }

    public required string? Mod { get; init; }

    public override string ToString() => $"'{Text}' {Value} {Type} {Mod ?? "-"}";
}
