using StaticBriefing.Site.Urls;
using StaticBriefing.Tests.Approval;
using StaticBriefing.Tests.HandMadeBriefs;

namespace StaticBriefing.Tests.Site;

/// <summary>
/// Approved pages of the site built from the five hand-made seed briefs (until the seed → brief
/// chain is merged, then from the seeds themselves).
/// </summary>
public class SiteApprovalTests
{
    public static TheoryData<string> Pages() =>
    [
        SitePaths.Home,
        SitePaths.Briefs,
        SitePaths.Brief("000_23d98722bfaca581"),
        SitePaths.Brief("001_00eff6b607dc38ae"),
        SitePaths.Brief("002_e354e611adafdd87"),
        SitePaths.Brief("003_56d93cfb8eef386c"),
        SitePaths.Brief("004_604b73cb5f3714ff"),
        SitePaths.BriefMarkdown("000_23d98722bfaca581"),
        SitePaths.Actors,
        SitePaths.Actor("volodymyr-zelensky"),
        SitePaths.Actor("elizaveta-fokht"),
        SitePaths.Issues,
        SitePaths.Issue("leaders-meeting"),
        SitePaths.Timeline,
        SitePaths.Sources,
        SitePaths.Source("the-san-juan-daily-star"),
        SitePaths.Source("unnamed"),
        SitePaths.NotFound,
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_matches_its_approved_file(string path)
    {
        var site = await SiteFixture.BuildAsync(SeedBriefs.All);

        site.Diagnostics.ShouldBeEmpty();
        site.Page(path).ScrubFingerprints().ShouldMatchApproved(ApprovedName(path));
    }

    /// <summary>"briefs/ID/index.html" → "site.briefs.ID.html"; "briefs/ID.md" → "site.briefs.ID.md".</summary>
    private static string ApprovedName(string path)
    {
        var page = path == SitePaths.Home ? "index.html" : path.Replace("/index.html", ".html", StringComparison.Ordinal);
        return "site." + page.Replace('/', '.');
    }
}
