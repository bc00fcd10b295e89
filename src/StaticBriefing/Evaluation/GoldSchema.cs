namespace StaticBriefing.Evaluation;

/// <summary>
/// The gold YAML as written (six keys); <see cref="GoldReader"/> deserialises it strictly and maps
/// it onto the scorer's records. Conflicts are validated but not scored.
/// </summary>
internal static class GoldSchema
{
    public sealed class Document
    {
        public required Metadata Metadata { get; init; }
        public required List<Actor> Actors { get; init; }
        public required List<Date> Dates { get; init; }
        public required List<Demand> Demands { get; init; }
        public required List<Claim> Claims { get; init; }
        public required List<Conflict> Conflicts { get; init; }
    }

    public sealed class Metadata
    {
        public required string? Outlet { get; init; }
        public required string? Author { get; init; }
        public required string Published { get; init; }
        public required string PublishedBasis { get; init; }
        public required string? Title { get; init; }
        public required List<string> Boilerplate { get; init; }
    }

    public sealed class Actor
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Kind { get; init; }
        public required string Party { get; init; }
        public required string Role { get; init; }
        public required List<string> Mentions { get; init; }
    }

    public sealed class Date
    {
        public required string Text { get; init; }
        public required string Value { get; init; }
        public required string? Mod { get; init; }
        public required string Type { get; init; }
        public required string RefersTo { get; init; }
    }

    public sealed class Demand
    {
        public required string Party { get; init; }
        public required string Stance { get; init; }
        public required string Issue { get; init; }
        public required string Detail { get; init; }
        public required string Sentence { get; init; }
    }

    public sealed class Claim
    {
        public required string Who { get; init; }
        [YamlDotNet.Serialization.YamlMember(Alias = "claim")]
        public required string Text { get; init; }
        public required string Sentence { get; init; }
        public required string? DisputedBy { get; init; }
    }

    public sealed class Conflict
    {
        public required string What { get; init; }
        public required List<string> Where { get; init; }
        public required string Note { get; init; }
    }
}
