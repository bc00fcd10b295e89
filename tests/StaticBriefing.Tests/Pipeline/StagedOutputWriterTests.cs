using StaticBriefing.Pipeline;

namespace StaticBriefing.Tests.Pipeline;

public sealed class StagedOutputWriterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "staticbriefing-writer-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(folder, "output");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_build_replaces_the_output_folder_and_leaves_no_staging_behind()
    {
        StagedOutputWriter.Write(Build(["old.html"]), Output);
        StagedOutputWriter.Write(Build(["new/index.html"]), Output);

        Files().ShouldBe(["new/index.html"]);
        Directory.GetDirectories(folder).Select(Path.GetFileName).ShouldBe(["output"]);
    }

    [Fact]
    public void The_published_files_of_a_failed_item_are_carried_forward()
    {
        StagedOutputWriter.Write(Build(["briefs/a/index.html", "briefs/a.md", "briefs/b/index.html", "index.html"]), Output);

        var failedA = Build(["briefs/b/index.html", "index.html"]) with { Preserve = ["briefs/a/", "briefs/a.md"] };
        StagedOutputWriter.Write(failedA, Output);

        Files().ShouldBe(["briefs/a.md", "briefs/a/index.html", "briefs/b/index.html", "index.html"]);
        File.ReadAllText(Path.Combine(Output, "briefs/a/index.html")).ShouldBe("briefs/a/index.html v1");
        File.ReadAllText(Path.Combine(Output, "index.html")).ShouldBe("index.html v2");
    }

    private int version;

    private BuildResult Build(string[] paths)
    {
        version++;
        return new BuildResult([.. paths.Select(path => OutputFile.FromText(path, $"{path} v{version}"))], [], []);
    }

    private string[] Files() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
