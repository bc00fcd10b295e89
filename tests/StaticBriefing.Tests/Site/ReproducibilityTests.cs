using StaticBriefing.Cli;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Tests.HandMadeBriefs;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Site;

public sealed class ReproducibilityTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "staticbriefing-repro-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Building_twice_into_two_folders_gives_identical_bytes()
    {
        var first = Path.Combine(folder, "first");
        var second = Path.Combine(folder, "second");

        StagedOutputWriter.Write(await SiteFixture.BuildAsync(SeedBriefs.All), first);
        StagedOutputWriter.Write(await SiteFixture.BuildAsync([.. SeedBriefs.All.Reverse()]), second);

        var files = Relative(first);
        files.Length.ShouldBeGreaterThan(30);
        Relative(second).ShouldBe(files);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(second, file)).ShouldBe(File.ReadAllBytes(Path.Combine(first, file)), file);
        }
    }

    [Fact]
    public async Task The_repository_builds_to_the_same_files_and_errors_twice()
    {
        await using var one = new SiteBuilder();
        await using var two = new SiteBuilder();

        var first = await one.BuildAsync(SiteBuildRun.InputsFor(RepositoryPaths.Root), SilentProgress.Instance);
        var second = await two.BuildAsync(SiteBuildRun.InputsFor(RepositoryPaths.Root), SilentProgress.Instance);

        first.Files.ShouldNotBeEmpty();
        second.Files.ShouldBe(first.Files);
        second.Diagnostics.ShouldBe(first.Diagnostics);
    }

    private static string[] Relative(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(root, file).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
