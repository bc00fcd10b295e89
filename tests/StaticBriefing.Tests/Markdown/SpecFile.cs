using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticBriefing.Tests.Markdown;

/// <summary>Loads example pairs from a YAML spec file beside the tests (read in place, not copied).</summary>
public static class SpecFile
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static List<T> Load<T>(string name) =>
        Reader.Deserialize<List<T>>(File.ReadAllText(RepositoryPaths.Of("tests", "StaticBriefing.Tests", "Markdown", "Specs", name)));

    /// <summary>xunit rows: the example's name, so each example is a test case of its own.</summary>
    public static TheoryData<string> Names<T>(string file, Func<T, string> name)
    {
        var data = new TheoryData<string>();
        foreach (var example in Load<T>(file))
        {
            data.Add(name(example));
        }
        return data;
    }
}
