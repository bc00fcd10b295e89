using System.Text;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Reading;

/// <summary>A seed reader built from the repository's input/ data, and helpers to read invented pages.</summary>
internal static class Readers
{
    public static ReadingRules Rules { get; } = ReadingRules.Load(RepositoryPaths.Root);

    public static TemporalLexicon Temporal { get; } =
        TemporalLexicon.Parse(new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml"))));

    public static SeedReader Seed { get; } = new(Rules, Temporal);

    public static Article Read(string page) => Seed.Read("page", Encoding.UTF8.GetBytes(page), "seeds/page.txt");
}
