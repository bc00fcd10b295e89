using System.Security.Cryptography;
using System.Text;
using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Sources;

/// <summary>
/// Briefs from a repository: one per seeds/NAME.txt, where input/briefs/NAME.md (a hand
/// correction) replaces the generated brief. The stamp covers every input/*.yml, so a knowledge
/// change redoes all briefs and nothing else does.
/// </summary>
public sealed class SeedBriefSource(string root, Func<BriefInput, Brief> produce) : IBriefSource
{
    public IEnumerable<PipelineItem<BriefInput>> Discover()
    {
        var seeds = Path.Combine(root, "seeds");
        if (!Directory.Exists(seeds))
        {
            throw new InvalidDataException($"no seeds/ folder in {root}");
        }
        var stamp = KnowledgeStamp();
        foreach (var seed in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(seed);
            var corrected = Path.Combine(root, "input", "briefs", id + ".md");
            var (file, path) = File.Exists(corrected) ? ($"input/briefs/{id}.md", corrected) : ($"seeds/{id}.txt", seed);
            yield return new PipelineItem<BriefInput>(file, new BriefInput(id, file, File.ReadAllText(path), stamp), SitePaths.OwnedByBrief(id));
        }
    }

    public Brief Produce(BriefInput input) => produce(input);

    private string KnowledgeStamp()
    {
        var input = Path.Combine(root, "input");
        if (!Directory.Exists(input))
        {
            return "";
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(input, "*.yml").Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
