using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>The actor and sentence knowledge from the repository's input/ folder, loaded once.</summary>
public static class Knowledge
{
    private static readonly Lazy<ActorLexicon> ActorsOnce = new(() => ActorLexicon.Parse(Read("actors.yml"), Read("parties.yml")));
    private static readonly Lazy<SentenceLexicon> SentencesOnce = new(() => SentenceLexicon.Parse(Read("sentences.yml")));

    public static ActorLexicon Actors => ActorsOnce.Value;

    public static SentenceLexicon Sentences => SentencesOnce.Value;

    private static DataFile Read(string name) => new("input/" + name, File.ReadAllText(RepositoryPaths.Of("input", name)));
}
