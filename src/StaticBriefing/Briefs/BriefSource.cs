using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Briefs;

/// <summary>
/// Which Markdown a brief is built from: a hand-corrected <c>input/briefs/ID.md</c> when present,
/// else the generated one (produced only when needed).
/// </summary>
public static class BriefSource
{
    public const string OverrideFolder = "input/briefs";

    public static string OverridePath(string id) => $"{OverrideFolder}/{id}.md";

    public static DataFile Choose(string root, string id, string source, Func<string> generate)
    {
        var relative = OverridePath(id);
        var path = Path.Combine(root, relative);
        return File.Exists(path)
            ? new DataFile(relative, File.ReadAllText(path))
            : new DataFile($"briefs/{id}.md (generated from {source})", generate());
    }

    public static bool IsOverride(DataFile file) => file.Name.StartsWith(OverrideFolder + "/", StringComparison.Ordinal);
}
