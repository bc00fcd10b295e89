using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>The parts of a gold file (Gold/*.gold.yml) the demand and claim checks read.</summary>
public sealed class GoldDocument
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public GoldMetadata Metadata { get; set; } = new();

    public List<GoldActor> Actors { get; set; } = [];

    public List<GoldDemand> Demands { get; set; } = [];

    public List<GoldClaim> Claims { get; set; } = [];

    public static GoldDocument Load(string path) => Reader.Deserialize<GoldDocument>(File.ReadAllText(path));

    public sealed class GoldMetadata
    {
        public List<string> Boilerplate { get; set; } = [];
    }

    public sealed class GoldActor
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Party { get; set; } = "";

        public List<string> Mentions { get; set; } = [];
    }

    public sealed class GoldDemand
    {
        public string Party { get; set; } = "";

        public string Stance { get; set; } = "";

        public string Issue { get; set; } = "";

        public string Sentence { get; set; } = "";
    }

    public sealed class GoldClaim
    {
        public string Who { get; set; } = "";

        public string? DisputedBy { get; set; }

        public string Sentence { get; set; } = "";
    }
}
