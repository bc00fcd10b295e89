namespace StaticBriefing.Editorial;

/// <summary>input/site.yml as written; every key is required.</summary>
public sealed class SiteFile
{
    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string BaseUrl { get; set; }

    public required string Language { get; set; }

    public required string Author { get; set; }
}
