using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;

namespace StaticBriefing.Tests.Briefs;

/// <summary>The real seed texts (curly quotes, no-break spaces, chrome lines) survive write → parse word for word.</summary>
public class SeedRoundTripTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_line_of_a_seed_comes_back_as_a_sentence(string seed)
    {
        var lines = File.ReadAllText(RepositoryPaths.Of("seeds", seed)).Replace("\r\n", "\n").Split('\n')
            .Where(l => l.Trim().Length > 0).ToArray();
        var sample = new ArticleBuilder();
        foreach (var line in lines)
        {
            sample.Paragraph(line);
        }
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        var brief = BriefParser.Parse(new DataFile(seed, markdown), Fixtures.Vocabulary);
        brief.Sentences.Select(s => s.Text).ShouldBe(lines.Select(SentenceText.Normalise));
        brief.Sentences.Select(s => s.Paragraph).ShouldBe(Enumerable.Range(0, lines.Length));
    }
}
