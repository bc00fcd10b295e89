using System.Text.RegularExpressions;

namespace StaticBriefing.Tests.Publishing;

/// <summary>
/// netlify.toml's security and cache headers (the browser tests serve output/ with these same
/// headers, so Pagefind is exercised under this exact policy).
/// </summary>
public class NetlifyConfigTests
{
    private static readonly string Toml = File.ReadAllText(RepositoryPaths.Of("netlify.toml"));

    private static string Header(string name) =>
        Regex.Match(Toml, $@"^\s*{Regex.Escape(name)}\s*=\s*""([^""]*)""", RegexOptions.Multiline, TimeSpan.FromSeconds(1)) is { Success: true } match
            ? match.Groups[1].Value
            : throw new ShouldAssertException($"netlify.toml sets no {name}");

    private static Dictionary<string, string> Csp() => Header("Content-Security-Policy")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToDictionary(d => d.Split(' ')[0], d => d.Contains(' ') ? d[(d.IndexOf(' ') + 1)..] : string.Empty);

    [Fact]
    public void Csp_allows_own_scripts_and_webassembly_but_no_inline_code_or_framing()
    {
        var csp = Csp();
        csp["default-src"].ShouldBe("'self'");
        csp["script-src"].ShouldBe("'self' 'wasm-unsafe-eval'");
        csp["style-src"].ShouldBe("'self'");
        csp["frame-ancestors"].ShouldBe("'none'");
        csp["object-src"].ShouldBe("'none'");
        csp["base-uri"].ShouldBe("'self'");
        Header("Content-Security-Policy").ShouldNotContain("unsafe-inline");
        Header("Content-Security-Policy").ShouldNotContain("'unsafe-eval'");
    }

    [Fact]
    public void Basic_security_headers_are_set()
    {
        Header("X-Content-Type-Options").ShouldBe("nosniff");
        Header("Referrer-Policy").ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public void Only_fingerprinted_assets_are_cached_for_long()
    {
        var blocks = Regex.Split(Toml, @"^\s*\[\[", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var longCached = blocks.Where(b => b.Contains("max-age=31536000", StringComparison.Ordinal)).ToList();
        longCached.Count.ShouldBe(1);
        longCached[0].ShouldContain("for = \"/assets/*\"");
        longCached[0].ShouldContain("immutable");
    }

    [Fact]
    public void Unknown_paths_get_the_404_page()
    {
        var catchAll = Regex.Match(Toml, @"from\s*=\s*""/\*""\s*\n\s*to\s*=\s*""/404\.html""\s*\n\s*status\s*=\s*404", RegexOptions.None, TimeSpan.FromSeconds(1));
        catchAll.Success.ShouldBeTrue();
    }
}
