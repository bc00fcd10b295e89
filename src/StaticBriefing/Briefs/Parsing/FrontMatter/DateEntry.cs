namespace StaticBriefing.Briefs.Parsing.FrontMatter;

public sealed class DateEntry
{
    public required string Text { get; set; }

    public string? Type { get; set; }

    public required string Value { get; set; }

    public string? Mod { get; set; }

    public required string Sentence { get; set; }
}
