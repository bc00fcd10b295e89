namespace StaticBriefing.Briefs.Parsing.FrontMatter;

public sealed class DemandEntry
{
    public required string Party { get; set; }

    public required string Issue { get; set; }

    public required string Stance { get; set; }

    public required string Text { get; set; }

    public required string Sentence { get; set; }

    public string? Actor { get; set; }
}
