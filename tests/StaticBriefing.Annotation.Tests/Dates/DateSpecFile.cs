namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>A Specs/dates-*.yml file: one family of invented cases.</summary>
public sealed class DateSpecFile
{
    public required List<DateSpecCase> Cases { get; init; }
}
