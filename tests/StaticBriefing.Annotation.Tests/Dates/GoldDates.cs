using StaticBriefing.Annotation.Model;
using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>Reads the gold files' dates, locates each entry in its seed in text order, and the boilerplate lines.</summary>
public static class GoldDates
{
    public static readonly (string Seed, string Published)[] Seeds =
    [
        ("000_23d98722bfaca581", "2025-07-22"),
        ("001_00eff6b607dc38ae", "2025-08"),
        ("002_e354e611adafdd87", "2025-07-23"),
        ("003_56d93cfb8eef386c", "2025-07-23"),
        ("004_604b73cb5f3714ff", "2025-07-22"),
    ];

    public static string SeedText(string seed) => File.ReadAllText(RepositoryPaths.Of("seeds", seed + ".txt"));

    public static ReferenceDate Published(string text)
    {
        ReferenceDate.TryParse(text, out var date).ShouldBeTrue();
        return date!;
    }

    public static (List<GoldDate> Dates, List<(int Start, int End)> Chrome) Load(string seed, string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold", seed + ".gold.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var dates = new List<GoldDate>();
        var cursor = 0;
        foreach (YamlMappingNode entry in (YamlSequenceNode)root["dates"])
        {
            var surface = Scalar(entry, "text")!;
            var start = Find(text, surface, cursor);
            start.ShouldBeGreaterThanOrEqualTo(0, $"gold '{surface}' not found after {cursor} in {seed}");
            cursor = start + surface.Length;
            var refersTo = Scalar(entry, "refers_to") ?? "";
            var body = !refersTo.StartsWith("boilerplate:", StringComparison.Ordinal) && !refersTo.StartsWith("metadata:", StringComparison.Ordinal);
            dates.Add(new GoldDate(start, cursor, surface, Scalar(entry, "value")!, Scalar(entry, "type")!, Scalar(entry, "mod"), body));
        }
        var chrome = new List<(int, int)>();
        foreach (var line in (YamlSequenceNode)((YamlMappingNode)root["metadata"])["boilerplate"])
        {
            var lineText = ((YamlScalarNode)line).Value!;
            for (var at = text.IndexOf(lineText, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lineText, at + 1, StringComparison.Ordinal))
            {
                var lineStart = at == 0 || text[at - 1] == '\n';
                var lineEnd = at + lineText.Length == text.Length || text[at + lineText.Length] is '\n' or '\r';
                if (lineStart && lineEnd)
                {
                    chrome.Add((at, at + lineText.Length));
                }
            }
        }
        return (dates, chrome);
    }

    private static string? Scalar(YamlMappingNode node, string key)
    {
        var value = ((YamlScalarNode)node[key]).Value;
        return value is null or "null" or "~" or "" ? null : value;
    }

    /// <summary>The next whole-word occurrence of <paramref name="surface"/> at or after <paramref name="from"/>.</summary>
    private static int Find(string text, string surface, int from)
    {
        for (var at = text.IndexOf(surface, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + surface.Length >= text.Length || !char.IsLetterOrDigit(text[at + surface.Length]);
            if (before && after)
            {
                return at;
            }
        }
        return -1;
    }
}
