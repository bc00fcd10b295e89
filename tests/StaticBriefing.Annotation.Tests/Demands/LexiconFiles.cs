using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>The repository's demand lexicon (input/issues.yml and input/stances.yml), parsed once.</summary>
public static class LexiconFiles
{
    private static readonly Lazy<DemandLexicon> Loaded = new(() => DemandLexicon.Parse(Read("issues.yml"), Read("stances.yml")));

    public static DemandLexicon Demands => Loaded.Value;

    public static DataFile Read(string name) => new("input/" + name, File.ReadAllText(RepositoryPaths.Of("input", name)));
}
