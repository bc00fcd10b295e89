using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using StaticBriefing.Reading;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Runs the real pipeline on each gold file's seed (read → Article → Annotator) and scores it.
/// When the reader finds no publication date the gold one anchors the annotator, so date scores
/// stay about dates; the metadata score still records the miss.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Run(string root, string goldFolder, string? seedsFolder = null)
    {
        // Held-out articles live beside their gold files, not in seeds/ (which holds only the site's articles).
        var seeds = seedsFolder ?? Path.Combine(root, "seeds");
        var golds = GoldReader.ReadFolder(goldFolder);
        var equivalences = DemandEquivalences.Load(goldFolder);
        var knowledge = KnowledgeLoader.Load(root);
        var annotator = new Annotator(knowledge);
        var reader = SeedReader.Load(root, knowledge.Temporal);
        var scores = golds.Select(gold =>
        {
            var path = Path.Combine(seeds, gold.Id + ".txt");
            var article = reader.ReadFile(path, Path.GetRelativePath(root, path));
            string? note = null;
            var published = article.Published;
            if (published is null)
            {
                ReferenceDate.TryParse(gold.Metadata.Published, out published);
                note = "no publication date found; annotated against the gold date";
            }
            var annotated = annotator.Annotate(article.Text, published
                ?? throw new DataFileException(gold.Id + GoldReader.Suffix, null, "published", "not a date"), article.Outlet);
            return SeedScorer.Score(gold, article, annotated, equivalences, note, reader.WithoutDateline);
        });
        return new EvaluationReport(scores.ToEquatableArray());
    }
}
