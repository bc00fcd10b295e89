using System.Text.RegularExpressions;

namespace StaticBriefing.Tests.Approval;

/// <summary>
/// Replaces asset fingerprints ("site.3f2a9c.css") with a placeholder, so a CSS change does not
/// touch every approved page; AssetTests check the fingerprints themselves.
/// </summary>
public static partial class Scrubbers
{
    public static string ScrubFingerprints(this string html) => Fingerprint().Replace(html, "$1.FINGERPRINT.$2");

    [GeneratedRegex(@"(assets/[\w/-]+)\.[0-9a-f]{6}\.(\w+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fingerprint();
}
