using StaticBriefing.Cli;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Site.Urls;
using StaticBriefing.Tests.Approval;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Site;

/// <summary>
/// Approved pages and generated Markdown of the site built from the five seeds through the whole
/// chain (reading, annotation, Markdown, parsing, indexes, theme). A rule change that moves an
/// annotation shows up here as a diff to read and approve.
/// </summary>
public class SeedSiteApprovalTests
{
    private static readonly Lazy<Task<BuildResult>> Site = new(async () =>
    {
        await using var builder = new SiteBuilder();
        return await builder.BuildAsync(SiteBuildRun.InputsFor(RepositoryPaths.Root), SilentProgress.Instance);
    });

    private static readonly string[] Seeds =
        ["000_23d98722bfaca581", "001_00eff6b607dc38ae", "002_e354e611adafdd87", "003_56d93cfb8eef386c", "004_604b73cb5f3714ff"];

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string> { SitePaths.Home, SitePaths.Timeline };
        foreach (var seed in Seeds)
        {
            files.Add(SitePaths.Brief(seed));
            files.Add(SitePaths.BriefMarkdown(seed));
        }
        return files;
    }

    [Fact]
    public async Task The_seeds_build_without_errors()
    {
        var site = await Site.Value;

        site.Diagnostics.Select(diagnostic => diagnostic.ToString()).ShouldBeEmpty();
        site.Files.Count(file => file.Path.StartsWith("briefs/", StringComparison.Ordinal) && file.Path.EndsWith(".md", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Seed_page_matches_its_approved_file(string path)
    {
        var site = await Site.Value;

        site.Page(path).ScrubFingerprints().ShouldMatchApproved("seeds." + (path == SitePaths.Home ? "index.html" : path.Replace("/index.html", ".html", StringComparison.Ordinal).Replace('/', '.')));
    }
}
