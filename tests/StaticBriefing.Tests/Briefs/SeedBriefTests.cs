using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;
using StaticBriefing.Editorial;
using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Reading;
using StaticBriefing.Tests.Markdown;

namespace StaticBriefing.Tests.Briefs;

/// <summary>
/// The whole road for the real seeds: read → annotate → write → parse → HTML, with the
/// repository's own input/ data. Every generated brief must pass the strict parser.
/// </summary>
public class SeedBriefTests
{
    private static readonly EditorialData Editorial = EditorialLoader.Load(RepositoryPaths.Root);
    private static readonly SeedReader Reader = SeedReader.Load(RepositoryPaths.Root, Editorial.Knowledge.Temporal);
    private static readonly Annotator Annotator = new(Editorial.Knowledge);

    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_generated_brief_parses_and_renders(string id)
    {
        var source = $"seeds/{id}.txt";
        var article = Reader.Read(id, File.ReadAllBytes(RepositoryPaths.Of("seeds", id + ".txt")), source);
        var annotated = Annotator.Annotate(article.Text, article.Published!);
        var markdown = BriefWriter.Write(article, annotated, Editorial.Knowledge.Actors);
        var brief = BriefParser.Parse(new DataFile($"briefs/{id}.md", markdown), Editorial.Vocabulary, id);

        brief.Metadata.Id.ShouldBe(id);
        // Text the splitter left between sentences becomes sentences of its own, so nothing is lost.
        brief.Sentences.Count.ShouldBeGreaterThanOrEqualTo(annotated.Sentences.Count);
        var words = string.Join(" ", brief.Sentences.Select(s => s.Text));
        words.ShouldBe(StaticBriefing.Briefs.Anchors.SentenceText.Normalise(article.Text));
        brief.Mentions.Count.ShouldBeGreaterThan(0);
        brief.Sentences.Select(s => s.Anchor).Distinct().Count().ShouldBe(brief.Sentences.Count);
        var html = BriefBodyHtml.Render(brief, new TestLinks(), Editorial.Vocabulary);
        html.Split("class=\"s\" id=").Length.ShouldBe(brief.Sentences.Count + 1);
        BriefWriter.Write(article, annotated, Editorial.Knowledge.Actors).ShouldBe(markdown);
    }
}
