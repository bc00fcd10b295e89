using System.Text;

namespace StaticBriefing.BrowserTests.Serving;

/// <summary>
/// Reads the [[headers]] rules of netlify.toml (the subset of TOML that file uses: tables,
/// key = "basic string"), so the test server sends the production headers and the browser
/// enforces the real Content-Security-Policy.
/// </summary>
public static class NetlifyHeaders
{
    public static IReadOnlyList<HeaderRule> Read(string tomlPath)
    {
        var rules = new List<HeaderRule>();
        string? pattern = null;
        List<KeyValuePair<string, string>>? values = null;
        var table = string.Empty;
        foreach (var raw in File.ReadLines(tomlPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith('['))
            {
                table = line.Trim('[', ']').Trim();
                if (table != "headers.values")
                {
                    Flush();
                }
                if (table == "headers")
                {
                    values = [];
                }
                continue;
            }
            var equals = line.IndexOf('=');
            if (equals < 0 || values is null)
            {
                continue;
            }
            var key = line[..equals].Trim().Trim('"');
            var value = Unquote(line[(equals + 1)..].Trim());
            if (table == "headers" && key == "for")
            {
                pattern = value;
            }
            else if (table == "headers.values")
            {
                values.Add(new(key, value));
            }
        }
        Flush();
        return rules;

        void Flush()
        {
            if (pattern is not null && values is not null)
            {
                rules.Add(new HeaderRule(pattern, values));
            }
            pattern = null;
            values = null;
        }
    }

    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value.Trim('\'');
        }
        var text = new StringBuilder();
        for (var i = 1; i < value.Length - 1; i++)
        {
            text.Append(value[i] == '\\' && i + 1 < value.Length - 1 ? value[++i] : value[i]);
        }
        return text.ToString();
    }
}
