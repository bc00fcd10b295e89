using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;
using StaticBriefing.Pipeline;
using StaticBriefing.Reading;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>
/// Briefs from a repository, one per seeds/NAME.txt: read the seed, annotate it, write the brief
/// Markdown, parse it back. A hand-corrected input/briefs/NAME.md replaces the generated Markdown;
/// both take the same road from Markdown to Brief.
/// </summary>
public sealed class SeedBriefSource(RepositoryData data) : IBriefSource
{
    public IEnumerable<PipelineItem<BriefInput>> Discover()
    {
        var seeds = Path.Combine(data.Root, "seeds");
        if (!Directory.Exists(seeds))
        {
            throw new DataFileException("seeds", null, null, "folder not found");
        }
        var knowledge = data.KnowledgeStamp;
        return Directory.EnumerateFiles(seeds, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(seed =>
            {
                var id = Path.GetFileNameWithoutExtension(seed);
                var corrected = Path.Combine(data.Root, BriefSource.OverridePath(id));
                var source = File.Exists(corrected) ? BriefSource.OverridePath(id) : $"seeds/{id}.txt";
                var content = RepositoryData.HashFiles([seed, Path.ChangeExtension(seed, ".yml"), corrected]);
                return new PipelineItem<BriefInput>(source, new BriefInput(id, $"seeds/{id}.txt", content, knowledge), SitePaths.OwnedByBrief(id));
            })
            .ToList();
    }

    public Brief Produce(BriefInput input)
    {
        var vocabulary = data.Vocabulary;
        var markdown = BriefSource.Choose(data.Root, input.Id, input.SourceFile, () => Generate(input));
        return BriefParser.Parse(markdown, vocabulary, BriefSource.IsOverride(markdown) ? input.Id : null);
    }

    private string Generate(BriefInput input)
    {
        // A reader per brief (cheap); the annotator is this thread's: briefs are processed in parallel.
        var knowledge = data.Knowledge;
        var article = new SeedReader(data.Reading, knowledge.Temporal).ReadFile(Path.Combine(data.Root, input.SourceFile), input.SourceFile);
        var published = article.Published
            ?? throw new DataFileException(input.SourceFile, null, "published", "no publication date in the text; give one in a sidecar (published: YYYY-MM-DD)");
        var annotated = data.Annotator.Annotate(article.Text, published, article.Outlet);
        return BriefWriter.Write(article, annotated, knowledge.Actors);
    }
}
