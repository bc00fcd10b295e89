using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Optional seeds/NAME.yml beside a seed: hand-set metadata that overrides what the reader found.
/// Strict: unknown keys and malformed dates are errors naming the file and line.
/// </summary>
public sealed record Sidecar(string? Title, string? Outlet, string? Author, ReferenceDate? Published, string? PublishedBasis)
{
    public static Sidecar Parse(string yaml, string file)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            throw new DataFileException(file, 1, null, "the file is empty");
        }
        var data = StrictYaml.Deserialize<Schema>(yaml, file);
        ReferenceDate? published = null;
        if (data.Published is not null && !ReferenceDate.TryParse(data.Published, out published))
        {
            throw new DataFileException(file, LineOf(yaml, "published"), "published", $"'{data.Published}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return new Sidecar(data.Title, data.Outlet, data.Author, published, data.PublishedBasis);
    }

    public Article ApplyTo(Article article) => article with
    {
        Title = Title ?? article.Title,
        TitleGenerated = Title is null && article.TitleGenerated,
        // A replaced title says the line read as the headline was not it: no headline sentence then.
        Headline = Title is null ? article.Headline : null,
        Outlet = Outlet ?? article.Outlet,
        Author = Author ?? article.Author,
        Published = Published ?? article.Published,
        PublishedBasis = PublishedBasis ?? (Published is not null ? "sidecar" : article.PublishedBasis),
    };

    private static int? LineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        return index >= 0 ? index + 1 : null;
    }

    private sealed class Schema
    {
        public string? Title { get; init; }
        public string? Outlet { get; init; }
        public string? Author { get; init; }
        public string? Published { get; init; }
        public string? PublishedBasis { get; init; }
    }
}
