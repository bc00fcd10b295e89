using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;

namespace StaticBriefing.Editorial;

/// <summary>Loads the annotator's knowledge from the input/ folder of a repository.</summary>
public static class KnowledgeLoader
{
    public static AnnotationKnowledge Load(string root) => new(
        ActorLexicon.Parse(Read(root, "input/actors.yml")),
        TemporalLexicon.Parse(Read(root, "input/temporal.yml")),
        DemandLexicon.Parse(Read(root, "input/issues.yml"), Read(root, "input/stances.yml")));

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
