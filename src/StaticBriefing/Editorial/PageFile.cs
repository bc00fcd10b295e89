namespace StaticBriefing.Editorial;

/// <summary>The front matter of an editorial page.</summary>
public sealed class PageFile
{
    public required string Title { get; set; }

    public required string Description { get; set; }
}
