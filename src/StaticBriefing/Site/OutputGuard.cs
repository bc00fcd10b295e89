namespace StaticBriefing.Site;

/// <summary>
/// The output folder is replaced on every build, so it must never be the repository, one of its
/// source folders, or a folder above them. The repository itself must exist.
/// </summary>
public static class OutputGuard
{
    private static readonly string[] SourceFolders = ["seeds", "input", "theme", "src", "tests", ".git"];

    public static string? Problem(string root, string output)
    {
        if (!Directory.Exists(root))
        {
            return $"{Path.GetFullPath(root)}: no such folder (--root names the repository: seeds/, input/, theme/)";
        }
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var fullOutput = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (IsSameOrInside(fullRoot, fullOutput))
        {
            return $"output folder {fullOutput} contains the repository; choose a folder of its own";
        }
        var source = SourceFolders.Select(folder => Path.Combine(fullRoot, folder)).FirstOrDefault(folder => IsSameOrInside(fullOutput, folder) || IsSameOrInside(folder, fullOutput));
        return source is null ? null : $"output folder {fullOutput} overlaps the source folder {source}";
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
