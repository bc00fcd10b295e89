namespace StaticBriefing.Pipeline;

/// <summary>Checks that an output path stays inside the output folder.</summary>
public static class OutputPath
{
    public static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || normalized.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"output path '{path}' must be relative", nameof(path));
        }
        foreach (var segment in normalized.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw new ArgumentException($"output path '{path}' has an empty, '.' or '..' segment", nameof(path));
            }
        }
        return normalized;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="preserved"/> or lies in it (a preserved entry ending in '/' is a folder).</summary>
    public static bool IsCoveredBy(string path, string preserved) =>
        preserved.EndsWith('/') ? path.StartsWith(preserved, StringComparison.Ordinal) : path == preserved;
}
