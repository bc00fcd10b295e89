namespace StaticBriefing.Briefs.Parsing.FrontMatter;

public sealed class QuoteEntry
{
    public string? Speaker { get; set; }

    public required string Text { get; set; }

    public required string Sentence { get; set; }
}
