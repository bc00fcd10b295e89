using StaticBriefing.Annotation.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Site.Content;

/// <summary>
/// Reads the site's title, description and base URL from input/site.yml (other keys belong to the
/// editorial loader and are left alone). Without the file the site gets neutral defaults.
/// </summary>
public static class SiteSettingsReader
{
    public const string File = "input/site.yml";

    public static SiteSettings Defaults { get; } = new("Briefing", "Who acts, what each side demands, and when, from news articles.", "https://example.org/");

    public static SiteSettings Read(string root)
    {
        var path = Path.Combine(root, File);
        return System.IO.File.Exists(path) ? Parse(System.IO.File.ReadAllText(path)) : Defaults;
    }

    public static SiteSettings Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new DataFileException(File, (int)error.Start.Line, null, error.Message);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new DataFileException(File, 1, null, "expected a mapping with title and base_url");
        }
        var baseUrl = Scalar(map, "base_url") ?? Defaults.BaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http"))
        {
            throw new DataFileException(File, Line(map, "base_url"), "base_url", "must be an absolute http(s) URL");
        }
        return new SiteSettings(
            Scalar(map, "title") ?? Defaults.Title,
            Scalar(map, "description") ?? Defaults.Description,
            baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static int? Line(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (int)node.Start.Line : null;
}
