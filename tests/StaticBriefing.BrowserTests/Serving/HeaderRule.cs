namespace StaticBriefing.BrowserTests.Serving;

/// <summary>A [[headers]] rule of netlify.toml: a path pattern ("/*", "/assets/*") and the headers it sets.</summary>
public sealed record HeaderRule(string Pattern, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>Netlify's matching: exact path, or a prefix when the pattern ends with "*".</summary>
    public bool Matches(string path) => Pattern.EndsWith('*')
        ? path.StartsWith(Pattern[..^1], StringComparison.Ordinal)
        : string.Equals(path, Pattern, StringComparison.Ordinal) || string.Equals(path, Pattern + "/", StringComparison.Ordinal);
}
