using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Editorial;

/// <summary>Loads the annotator's knowledge from the input/ folder of a repository.</summary>
public static class KnowledgeLoader
{
    public static AnnotationKnowledge Load(string root) => new(
        ActorLexicon.Parse(Read(root, "input/actors.yml"), Read(root, "input/parties.yml")),
        TemporalLexicon.Parse(Read(root, "input/temporal.yml")),
        DemandLexicon.Parse(Read(root, "input/issues.yml"), Read(root, "input/stances.yml")),
        SentenceLexicon.Parse(Read(root, "input/sentences.yml")));

    private static DataFile Read(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            throw new DataFileException(relative, null, null, "file not found");
        }
        return new DataFile(relative, File.ReadAllText(path));
    }
}
