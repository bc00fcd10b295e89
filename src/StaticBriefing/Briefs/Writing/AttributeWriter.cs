using System.Text;

namespace StaticBriefing.Briefs.Writing;

/// <summary>Writes an attribute block <c>{#id .class key=value key="quoted"}</c>; keys in the order given, null values left out.</summary>
public static class AttributeWriter
{
    public static string Write(string? id, string? className, params (string Key, string? Value)[] properties)
    {
        var builder = new StringBuilder("{");
        if (id is not null)
        {
            builder.Append('#').Append(id);
        }
        if (className is not null)
        {
            builder.Append(builder.Length > 1 ? " ." : ".").Append(className);
        }
        foreach (var (key, value) in properties)
        {
            if (value is null)
            {
                continue;
            }
            builder.Append(builder.Length > 1 ? " " : "").Append(key).Append('=').Append(Value(value));
        }
        return builder.Append('}').ToString();
    }

    private static string Value(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '+')
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
