using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Parsing;

namespace StaticBriefing.Editorial;

/// <summary>Reads input/site.yml strictly: unknown or missing keys and bad values are errors naming file, line and field.</summary>
public static class SiteSettingsLoader
{
    public static SiteSettings Parse(DataFile file)
    {
        var site = StrictYaml.Deserialize<SiteFile>(file.Text, file.Name);
        var lines = new YamlLineMap(file.Text);
        DataFileException Error(string field, string problem) => new(file.Name, lines.Line(field), field, problem);
        foreach (var (field, value) in new[] { ("title", site.Title), ("description", site.Description), ("author", site.Author) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw Error(field, "missing");
            }
        }
        if (!Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || !site.BaseUrl.EndsWith('/') || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw Error("base_url", $"'{site.BaseUrl}' is not an absolute http(s) URL ending with '/' (e.g. https://example.org/)");
        }
        if (!IsLanguageTag(site.Language))
        {
            throw Error("language", $"'{site.Language}' is not a language tag (e.g. en, en-GB)");
        }
        return new SiteSettings(site.Title.Trim(), site.Description.Trim(), site.BaseUrl, site.Language, site.Author.Trim());
    }

    private static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
