using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

// FIRST CUT: decoding and paragraphs only; chrome stripping and metadata follow.
public sealed class SeedReader(TemporalLexicon temporal)
{
    public TemporalLexicon Temporal { get; } = temporal;

    public static SeedReader Load(string root, TemporalLexicon temporal) => new(temporal);

    public Article ReadFile(string path, string sourceFile)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var paragraphs = text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToEquatableArray();
        return new Article(Path.GetFileNameWithoutExtension(path), paragraphs.FirstOrDefault() ?? "", false, null, null, null, null, paragraphs, sourceFile);
    }
}
