namespace StaticBriefing.Briefs.Parsing.FrontMatter;

/// <summary>A reviewed actor is listed by id alone; an unreviewed one carries all its fields and <c>reviewed: false</c>.</summary>
public sealed class ActorEntry
{
    public required string Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Party { get; set; }

    public string? Role { get; set; }

    public bool? Reviewed { get; set; }
}
