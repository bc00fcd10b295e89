namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>One case: a text, its publication date, and every date expression expected in it, in order.</summary>
public sealed class DateSpecCase
{
    public required string Text { get; init; }

    public required string Published { get; init; }

    public required List<ExpectedDate> Expected { get; init; }
}
