namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>A pair of quotation marks, one character each ("“" and "”", or "\"" twice).</summary>
public sealed class QuoteMarkEntry
{
    public required string Open { get; init; }

    public required string Close { get; init; }
}
