using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Markdown.Attributes;

/// <summary>
/// A Pandoc-style attribute block <c>{#id .class key=value key="quoted value"}</c>, in source order.
/// </summary>
public sealed record SpanAttributes(string? Id, EquatableArray<string> Classes, EquatableArray<SpanAttribute> Properties)
{
    public static SpanAttributes Empty { get; } = new(null, EquatableArray<string>.Empty, EquatableArray<SpanAttribute>.Empty);

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);

    /// <summary>The value of a key, or null when the block does not set it (the last one wins, as in Pandoc).</summary>
    public string? Get(string key) => Properties.LastOrDefault(p => p.Key == key)?.Value;
}
