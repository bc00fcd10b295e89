using System.Text.Json;
using Microsoft.Playwright;

namespace StaticBriefing.BrowserTests;

/// <summary>
/// Runs axe-core (from node_modules, installed by npm ci) in a page: WCAG 2.0–2.2 A and AA rules.
/// The source is evaluated over the DevTools protocol, so the page's CSP need not allow it.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = RepositoryPaths.Of("node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? File.ReadAllText(path) : throw new InvalidOperationException($"{path} not found: run npm ci");
    });

    private const string Run = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map(n => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'));
        }
        """;

    /// <summary>One line (plus nodes) per violated rule; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var violations = await page.EvaluateAsync<JsonElement>(Run);
        return violations.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList();
    }
}
