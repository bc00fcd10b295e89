using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Evaluation;

/// <summary>Title, outlet, author and publication date, each compared exactly.</summary>
public static class MetadataScorer
{
    public const string Generated = "(generated)";

    public static EquatableArray<FieldCheck> Score(GoldMetadata gold, Article article) => new FieldCheck[]
    {
        new FieldCheck("title", gold.Title ?? Generated, article.TitleGenerated ? Generated : article.Title),
        new FieldCheck("outlet", gold.Outlet, article.Outlet),
        new FieldCheck("author", gold.Author, article.Author),
        new FieldCheck("published", gold.Published, article.Published?.ToString()),
    }.ToEquatableArray();
}
