using System.Text.RegularExpressions;

namespace StaticBriefing.BrowserTests;

/// <summary>
/// Checks over every HTML file of output/ that the Content-Security-Policy in netlify.toml can hold:
/// no inline script (JSON-LD data blocks excepted), no inline event handler, no style attribute
/// or style element, no javascript: URL.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OutputPolicyTests(BrowserFixture site)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly Regex ScriptTag = new(@"<script\b([^>]*)>", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Handler = new(@"<[^>]*\son[a-z]+\s*=", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex StyleAttribute = new(@"<[^>]*\sstyle\s*=", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex StyleElement = new(@"<style\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex ScriptUrl = new(@"(href|src)\s*=\s*""\s*javascript:", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    [Fact]
    public void No_page_relies_on_inline_script_or_style()
    {
        var problems = new List<string>();
        foreach (var file in Pages())
        {
            var html = File.ReadAllText(file);
            var name = Path.GetRelativePath(site.OutputRoot, file);
            foreach (Match script in ScriptTag.Matches(html))
            {
                var attributes = script.Groups[1].Value;
                if (!attributes.Contains("src=", StringComparison.OrdinalIgnoreCase) && !attributes.Contains("application/ld", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{name}: inline script {script.Value}");
                }
            }
            if (Handler.IsMatch(html)) { problems.Add($"{name}: inline event handler"); }
            if (StyleAttribute.IsMatch(html)) { problems.Add($"{name}: style attribute"); }
            if (StyleElement.IsMatch(html)) { problems.Add($"{name}: style element"); }
            if (ScriptUrl.IsMatch(html)) { problems.Add($"{name}: javascript: URL"); }
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_page_has_exactly_one_canonical_link_and_description()
    {
        var problems = new List<string>();
        foreach (var file in Pages().Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(file);
            var name = Path.GetRelativePath(site.OutputRoot, file);
            var canonical = Regex.Count(html, @"<link rel=""canonical""", RegexOptions.None, Timeout);
            var description = Regex.Count(html, @"<meta name=""description""", RegexOptions.None, Timeout);
            if (canonical != 1 || description != 1)
            {
                problems.Add($"{name}: {canonical} canonical links, {description} descriptions");
            }
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_redirect_in_netlify_toml_points_at_a_file_that_exists()
    {
        var targets = Regex.Matches(File.ReadAllText(RepositoryPaths.Of("netlify.toml")), @"^\s*to\s*=\s*""([^""]+)""", RegexOptions.Multiline, Timeout)
            .Select(m => m.Groups[1].Value)
            .Select(to => to.Replace(":splat", string.Empty, StringComparison.Ordinal))
            .ToList();
        targets.ShouldNotBeEmpty();
        foreach (var target in targets)
        {
            var path = Path.Combine(site.OutputRoot, target.TrimStart('/'));
            (File.Exists(path) || File.Exists(Path.Combine(path, "index.html"))).ShouldBeTrue($"redirect target {target}");
        }
    }

    private IEnumerable<string> Pages() => Directory
        .EnumerateFiles(site.OutputRoot, "*.html", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}pagefind{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);
}
