using StaticBriefing.Markdown.Annotations;

namespace StaticBriefing.Tests.Markdown;

/// <summary>Links as a site might make them; unreviewed actors ("new-" ids here) have no page.</summary>
public sealed class TestLinks : IBodyLinks
{
    public string? Actor(string id) => id.StartsWith("new-", StringComparison.Ordinal) ? null : $"../../actors/{id}/index.html";

    public string? Date(string value) => value.EndsWith("_REF", StringComparison.Ordinal) ? null : $"../../dates/index.html#d-{value}";
}
