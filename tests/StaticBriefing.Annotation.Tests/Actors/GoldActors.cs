using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>
/// The actor part of a gold file (Gold/NAME.gold.yml) and the seed text it annotates with the gold
/// boilerplate lines blanked out, the stand-in for the reader's chrome stripping.
/// </summary>
public sealed class GoldActors
{
    public required string Name { get; init; }

    public required string Text { get; init; }

    /// <summary>Gold (actor id, mention) pairs whose mention occurs in the cleaned text.</summary>
    public required IReadOnlySet<(string Id, string Mention)> Mentions { get; init; }

    public static IEnumerable<GoldActors> All() =>
        Directory.GetFiles(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold"), "*.gold.yml")
            .Order(StringComparer.Ordinal)
            .Select(Load);

    private static GoldActors Load(string path)
    {
        var name = Path.GetFileName(path).Replace(".gold.yml", "", StringComparison.Ordinal);
        var gold = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<GoldFile>(File.ReadAllText(path));
        var seed = File.ReadAllText(RepositoryPaths.Of("seeds", name + ".txt"));
        var boilerplate = gold.Metadata.Boilerplate.ToHashSet(StringComparer.Ordinal);
        var text = string.Join('\n', seed.Split('\n').Select(line => boilerplate.Contains(line) ? "" : line));
        var mentions = gold.Actors
            .SelectMany(a => a.Mentions.Where(m => text.Contains(m, StringComparison.Ordinal)).Select(m => (a.Id, m)))
            .ToHashSet();
        return new GoldActors { Name = name, Text = text, Mentions = mentions };
    }

    public sealed class GoldFile
    {
        public GoldMetadata Metadata { get; set; } = new();

        public List<GoldActor> Actors { get; set; } = [];
    }

    public sealed class GoldMetadata
    {
        public List<string> Boilerplate { get; set; } = [];
    }

    public sealed class GoldActor
    {
        public string Id { get; set; } = "";

        public List<string> Mentions { get; set; } = [];
    }
}
