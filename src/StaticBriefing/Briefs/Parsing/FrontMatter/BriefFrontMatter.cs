namespace StaticBriefing.Briefs.Parsing.FrontMatter;

/// <summary>The front matter as written (see docs/brief-format.md); read by StrictYaml, checked by the parser.</summary>
public sealed class BriefFrontMatter
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public bool TitleGenerated { get; set; }

    public string? Outlet { get; set; }

    public string? Author { get; set; }

    public required string Published { get; set; }

    public string? PublishedBasis { get; set; }

    public required string Source { get; set; }

    public List<ActorEntry> Actors { get; set; } = [];

    public List<DateEntry> Dates { get; set; } = [];

    public List<DemandEntry> Demands { get; set; } = [];

    public List<QuoteEntry> Quotes { get; set; } = [];

    public List<ClaimEntry> Claims { get; set; } = [];
}
