namespace StaticBriefing.Briefs.Parsing.FrontMatter;

public sealed class ClaimEntry
{
    public required string Who { get; set; }

    public string? DisputedBy { get; set; }

    public required string Text { get; set; }

    public required string Sentence { get; set; }
}
