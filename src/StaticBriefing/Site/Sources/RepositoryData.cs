using System.Security.Cryptography;
using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Editorial;
using StaticBriefing.Reading;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Sources;

/// <summary>
/// The editorial data of a repository, loaded at most once per build (settings, knowledge,
/// vocabulary, reading rules). A broken file fails every stage that needs it with the same
/// one-line error, which the engine reports once.
/// </summary>
public sealed class RepositoryData(string root)
{
    private readonly Lazy<SiteSettings> settings = new(() => SiteSettingsLoader.Parse(Read(root, EditorialLoader.SiteFile)));
    private readonly Lazy<AnnotationKnowledge> knowledge = new(() => KnowledgeLoader.Load(root));
    private BriefVocabulary? vocabulary;
    // Briefs are annotated in parallel: one annotator (its lexicons compiled once) per worker thread.
    private ThreadLocal<Annotator>? annotators;
    private readonly Lazy<ReadingRules> reading = new(() => ReadingRules.Load(root));
    private readonly Lazy<string> stamp = new(() => Stamp(root));
    private readonly Lazy<DisagreementRules> comparison = new(() => File.Exists(Path.Combine(root, DisagreementRules.FileName))
        ? DisagreementRules.Parse(Read(root, DisagreementRules.FileName))
        : DisagreementRules.None);

    public string Root => root;

    public SiteSettings Settings => settings.Value;

    public AnnotationKnowledge Knowledge => knowledge.Value;

    public BriefVocabulary Vocabulary => LazyInitializer.EnsureInitialized(ref vocabulary, () => BriefVocabulary.From(Knowledge));

    /// <summary>This thread's annotator over <see cref="Knowledge"/>.</summary>
    public Annotator Annotator =>
        LazyInitializer.EnsureInitialized(ref annotators, () => new ThreadLocal<Annotator>(() => new Annotator(Knowledge))).Value!;

    public ReadingRules Reading => reading.Value;

    /// <summary>What the disagreement finder compares; the file is optional (without it, no date is grouped into events).</summary>
    public DisagreementRules Comparison => comparison.Value;

    /// <summary>A hash over every input/*.yml: any knowledge change redoes every brief.</summary>
    public string KnowledgeStamp => stamp.Value;

    public static string HashFiles(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + (File.Exists(path) ? "\n" : " absent\n")));
            if (File.Exists(path))
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Stamp(string root)
    {
        var input = Path.Combine(root, "input");
        return Directory.Exists(input) ? HashFiles(Directory.EnumerateFiles(input, "*.yml").Order(StringComparer.Ordinal)) : "";
    }

    private static DataFile Read(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        return File.Exists(path)
            ? new DataFile(relative, File.ReadAllText(path))
            : throw new DataFileException(relative, null, null, "file not found");
    }
}
