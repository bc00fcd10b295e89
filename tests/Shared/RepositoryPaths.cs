namespace StaticBriefing.Testing;

/// <summary>Finds the repository root from the test's output folder, so tests read seeds/ and input/ in place.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StaticBriefing.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("StaticBriefing.sln not found above " + AppContext.BaseDirectory);
    }
}
