namespace StaticBriefing.Pipeline;

/// <summary>
/// Publishes a build: writes every file into a staging folder beside the output folder, copies
/// the preserved paths of failed items from the current output, then swaps the staging folder in,
/// so a reader never sees a half-written site and a failing brief keeps its last good pages.
/// </summary>
public static class StagedOutputWriter
{
    public static void Write(BuildResult build, string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = output + ".staging";
        var retired = output + ".previous";
        DeleteIfPresent(staging);
        DeleteIfPresent(retired);
        Directory.CreateDirectory(staging);

        foreach (var file in build.Files)
        {
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content.AsImmutableArray().AsSpan());
        }
        if (Directory.Exists(output))
        {
            CarryForward(build, output, staging);
            Directory.Move(output, retired);
        }
        Directory.Move(staging, output);
        DeleteIfPresent(retired);
    }

    private static void CarryForward(BuildResult build, string output, string staging)
    {
        if (build.Preserve.IsEmpty)
        {
            return;
        }
        foreach (var existing in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, existing).Replace('\\', '/');
            var target = Path.Combine(staging, relative);
            if (!File.Exists(target) && build.Preserve.Any(preserved => OutputPath.IsCoveredBy(relative, preserved)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(existing, target);
            }
        }
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
