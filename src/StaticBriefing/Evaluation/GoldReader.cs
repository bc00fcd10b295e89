using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Reads gold files strictly: exactly the six top-level keys in their order, no unknown keys, no
/// missing fields; every problem is a <see cref="DataFileException"/> naming file and line.
/// </summary>
public static class GoldReader
{
    private static readonly string[] TopLevelKeys = ["metadata", "actors", "dates", "demands", "claims", "conflicts"];

    public const string Suffix = ".gold.yml";

    /// <summary>All NAME.gold.yml files of a folder, in file-name order.</summary>
    public static IReadOnlyList<GoldArticle> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder, null, null, "gold folder not found");
        }
        var files = Directory.GetFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new DataFileException(folder, null, null, $"no *{Suffix} files");
        }
        return files.Select(file => Parse(Path.GetFileName(file)[..^Suffix.Length], File.ReadAllText(file), file)).ToList();
    }

    public static GoldArticle Parse(string id, string yaml, string fileName)
    {
        CheckTopLevelKeys(yaml, fileName);
        var document = StrictYaml.Deserialize<GoldSchema.Document>(yaml, fileName);
        var metadata = document.Metadata;
        return new GoldArticle(
            id,
            new GoldMetadata(metadata.Title, metadata.Outlet, metadata.Author, metadata.Published, metadata.Boilerplate.ToEquatableArray()),
            document.Actors.Select(a => new GoldActor(a.Id, a.Mentions.ToEquatableArray())).ToEquatableArray(),
            document.Dates.Select(d => new GoldDate(d.Text, d.Value, d.Mod, d.Type, d.RefersTo)).ToEquatableArray(),
            document.Demands.Select(d => new GoldDemand(d.Party, d.Stance, d.Issue, d.Sentence)).ToEquatableArray(),
            document.Claims.Select(c => new GoldClaim(c.Who, c.Text, c.Sentence, c.DisputedBy)).ToEquatableArray());
    }

    private static void CheckTopLevelKeys(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new DataFileException(fileName, (int)error.Start.Line, null, error.Message);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new DataFileException(fileName, 1, null, "expected one YAML mapping with keys " + string.Join(", ", TopLevelKeys));
        }
        var keys = root.Children.Keys.ToList();
        for (var i = 0; i < Math.Max(keys.Count, TopLevelKeys.Length); i++)
        {
            var found = i < keys.Count ? keys[i].ToString() : null;
            var expected = i < TopLevelKeys.Length ? TopLevelKeys[i] : null;
            if (found != expected)
            {
                var line = i < keys.Count ? (int)keys[i].Start.Line : (int)root.End.Line;
                throw new DataFileException(fileName, line, null, expected is null
                    ? $"unexpected top-level key '{found}'"
                    : $"expected top-level key '{expected}' here, found {(found is null ? "end of file" : $"'{found}'")}");
            }
        }
    }
}
