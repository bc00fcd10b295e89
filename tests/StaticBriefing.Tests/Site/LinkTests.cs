using System.Net;
using System.Text.RegularExpressions;
using StaticBriefing.Cli;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Site;

/// <summary>The site must work from disk: every relative link lands on a file, and every fragment on an id in it.</summary>
public partial class LinkTests
{
    [Fact]
    public async Task Every_relative_link_of_the_seed_site_resolves_to_a_file_and_anchor()
    {
        await using var builder = new SiteBuilder();
        var site = await builder.BuildAsync(SiteBuildRun.InputsFor(RepositoryPaths.Root), SilentProgress.Instance);
        var pages = site.Files.Where(file => file.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(file => file.Path, file => file.ReadText());
        var ids = pages.ToDictionary(page => page.Key, page => Id().Matches(page.Value).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToHashSet());
        var paths = site.Files.Select(file => file.Path).ToHashSet();
        var broken = new List<string>();
        var checkedLinks = 0;

        foreach (var (path, html) in pages.Where(page => page.Key != "404.html"))
        {
            foreach (var href in Href().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).Where(href => !href.StartsWith("http", StringComparison.Ordinal))
                // pagefind/ is written by the post-build search index (scripts/search-index.sh), not by the build.
                .Where(href => !href.StartsWith("../pagefind/", StringComparison.Ordinal)))
            {
                checkedLinks++;
                var (target, fragment) = Resolve(path, href);
                if (!paths.Contains(target) || (fragment.Length > 0 && ids.TryGetValue(target, out var known) && !known.Contains(fragment)))
                {
                    broken.Add($"{path}: {href}");
                }
            }
        }

        checkedLinks.ShouldBeGreaterThan(1000);
        broken.ShouldBeEmpty();
    }

    private static (string Target, string Fragment) Resolve(string page, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash >= 0 ? (href[..hash], href[(hash + 1)..]) : (href, "");
        var segments = page.Split('/')[..^1].ToList();
        if (path.Length == 0)
        {
            return (page, fragment);
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(Uri.UnescapeDataString(segment));
            }
        }
        return (string.Join('/', segments), fragment);
    }

    [GeneratedRegex("""\shref="([^"]*)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Href();

    [GeneratedRegex("""\sid="([^"]*)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Id();
}
