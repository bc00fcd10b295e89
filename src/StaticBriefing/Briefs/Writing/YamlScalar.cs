using System.Globalization;
using System.Text;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Writes a YAML scalar that reads back as the same string. Plain only when nothing could be
/// misread (it starts with a letter, has no ':', '#', ',', brackets, braces, quotes, backslash or
/// control characters, and is not null/true/false/yes/no/on/off); otherwise double-quoted with
/// escapes. So dates, numbers and "null" come out quoted.
/// </summary>
public static class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~",
    };

    public static string Write(string? value) => value is null ? "null" : IsPlainSafe(value) ? value : Quote(value);

    public static string Write(bool value) => value ? "true" : "false";

    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || !char.IsLetter(value[0]) || value[^1] == ' ' || Reserved.Contains(value))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (c is ':' or '#' or ',' or '[' or ']' or '{' or '}' or '"' or '\\'
                || char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ' || char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }
        return !value.Contains("  ", StringComparison.Ordinal);
    }

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                default:
                    if (char.IsControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF'
                        || char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1])))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
