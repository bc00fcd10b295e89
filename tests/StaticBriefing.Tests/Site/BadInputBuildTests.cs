using StaticBriefing.Cli;
using StaticBriefing.Site;

namespace StaticBriefing.Tests.Site;

/// <summary>
/// Bad input end to end: a temporary copy of the repository (seeds/, input/, theme/) is built once,
/// then broken (an empty seed, a binary seed, a malformed sidecar, a malformed hand-corrected brief)
/// and built again, the way 'dotnet run' builds it. Never touches the real seeds/.
/// </summary>
public sealed class BadInputBuildTests : IDisposable
{
    private const string Corrected = "000_23d98722bfaca581";
    private readonly string root = Path.Combine(Path.GetTempPath(), "sb-bad-input-" + Guid.NewGuid().ToString("N"));

    public BadInputBuildTests()
    {
        foreach (var folder in new[] { "seeds", "input", "theme" })
        {
            Copy(RepositoryPaths.Of(folder), Path.Combine(root, folder));
        }
    }

    private string Output => Path.Combine(root, "output");

    [Fact]
    public async Task Each_bad_input_gives_one_line_naming_its_file_the_other_briefs_build_and_nothing_published_is_lost()
    {
        (await Build()).Result.Succeeded.ShouldBeTrue();
        var publishedCorrected = File.ReadAllText(Path.Combine(Output, "briefs", Corrected, "index.html"));
        File.WriteAllText(Path.Combine(root, "seeds", "900_empty.txt"), "");
        File.WriteAllBytes(Path.Combine(root, "seeds", "901_binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);
        File.WriteAllText(Path.Combine(root, "seeds", "902_sidecar.txt"), "A Headline\n\nThe delegations met on Wednesday to talk.\n");
        File.WriteAllText(Path.Combine(root, "seeds", "902_sidecar.yml"), "outlet: Some Paper\ntitle: [unclosed\n");
        Directory.CreateDirectory(Path.Combine(root, "input", "briefs"));
        File.WriteAllText(Path.Combine(root, "input", "briefs", Corrected + ".md"), $"---\nid: {Corrected}\ntitle: \"x\"\nbogus_key: 1\n---\n\n[Hello.]{{#s-aaaaaa}}\n");

        var (result, console, errors) = await Build();

        result.Succeeded.ShouldBeFalse(); // the build command exits with 1
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        lines.ShouldContain(line => line.StartsWith("seeds/900_empty.txt: ", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("seeds/901_binary.txt:", StringComparison.Ordinal) && line.Contains("binary"));
        lines.ShouldContain(line => line.StartsWith("seeds/902_sidecar.yml:2: ", StringComparison.Ordinal));
        lines.ShouldContain(line => line == $"input/briefs/{Corrected}.md:4: unknown key 'bogus_key'");
        errors.ShouldNotContain("   at ");
        errors.ShouldNotContain("System.");
        foreach (var id in new[] { "001_00eff6b607dc38ae", "002_e354e611adafdd87", "003_56d93cfb8eef386c", "004_604b73cb5f3714ff" })
        {
            File.Exists(Path.Combine(Output, "briefs", id, "index.html")).ShouldBeTrue();
        }
        File.ReadAllText(Path.Combine(Output, "briefs", Corrected, "index.html")).ShouldBe(publishedCorrected);
        File.Exists(Path.Combine(Output, "briefs", Corrected + ".md")).ShouldBeTrue();
        console.ShouldContain("Wrote ");
    }

    [Fact]
    public async Task A_missing_input_folder_fails_in_one_line_per_file_and_leaves_the_published_site()
    {
        (await Build()).Result.Succeeded.ShouldBeTrue();
        var home = File.ReadAllText(Path.Combine(Output, "index.html"));
        Directory.Delete(Path.Combine(root, "input"), recursive: true);

        var (result, console, errors) = await Build();

        result.Succeeded.ShouldBeFalse();
        errors.ShouldContain("input/site.yml: file not found");
        errors.ShouldNotContain("   at ");
        console.ShouldContain("Not published");
        File.ReadAllText(Path.Combine(Output, "index.html")).ShouldBe(home);
    }

    [Fact]
    public async Task An_unwritable_output_is_one_line_and_a_failed_build()
    {
        var blocker = Path.Combine(root, "not-a-folder");
        File.WriteAllText(blocker, "a file where the output's parent folder should be");

        var (result, _, errors) = await Build(Path.Combine(blocker, "output"));

        result.Succeeded.ShouldBeFalse();
        var line = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        line.ShouldStartWith(Path.Combine(blocker, "output") + ": cannot write the site here: ");
    }

    [Fact]
    public void A_missing_repository_folder_is_refused_in_one_line() =>
        OutputGuard.Problem(Path.Combine(root, "nowhere"), Path.Combine(root, "nowhere", "output")).ShouldNotBeNull().ShouldContain("no such folder");

    private async Task<(StaticBriefing.Pipeline.BuildResult Result, string Console, string Errors)> Build(string? output = null)
    {
        using var console = new StringWriter();
        using var errors = new StringWriter();
        await using var builder = new SiteBuilder();
        var result = await SiteBuildRun.RunAsync(builder, root, output ?? Output, console, errors, CancellationToken.None);
        return (result, console.ToString(), errors.ToString().Replace("\r", "", StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
