using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;

namespace StaticBriefing.Tests.Briefs;

/// <summary>A built article written to brief Markdown and parsed back: the Brief the site would render.</summary>
public static class WrittenBrief
{
    public static Brief Of(ArticleBuilder sample)
    {
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        try
        {
            return BriefParser.Parse(new DataFile("test.md", markdown), Fixtures.Vocabulary);
        }
        catch (DataFileException error)
        {
            throw new InvalidOperationException(error.Message + "\n" + markdown, error);
        }
    }
}
