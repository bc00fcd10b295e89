using System.Collections.Immutable;
using System.Text;
using Markdig.Helpers;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Markdown.Attributes;

/// <summary>
/// Parses <c>{#id .class key=value key="quoted \" value"}</c> at the start of a slice, one pass, no
/// backtracking. Keys are letters, digits, '-' and '_'; unquoted values run to whitespace or '}'.
/// </summary>
public static class SpanAttributesParser
{
    public static bool TryParse(string text, out SpanAttributes attributes)
    {
        var slice = new StringSlice(text);
        return TryParse(ref slice, out attributes) && slice.IsEmpty;
    }

    /// <summary>On success the slice is advanced past the closing brace; on failure it is left as it was.</summary>
    public static bool TryParse(ref StringSlice slice, out SpanAttributes attributes)
    {
        attributes = SpanAttributes.Empty;
        var text = slice.Text;
        var i = slice.Start;
        var end = slice.End;
        if (i > end || text[i] != '{')
        {
            return false;
        }
        i++;
        string? id = null;
        var classes = ImmutableArray.CreateBuilder<string>();
        var properties = ImmutableArray.CreateBuilder<SpanAttribute>();
        while (true)
        {
            while (i <= end && text[i] is ' ' or '\t' or '\n' or '\r')
            {
                i++;
            }
            if (i > end)
            {
                return false;
            }
            var c = text[i];
            if (c == '}')
            {
                i++;
                break;
            }
            if (c is '#' or '.')
            {
                var nameStart = i + 1;
                i = SkipName(text, nameStart, end);
                if (i == nameStart || id is not null && c == '#')
                {
                    return false;
                }
                var name = text[nameStart..i];
                if (c == '#')
                {
                    id = name;
                }
                else
                {
                    classes.Add(name);
                }
                continue;
            }
            var keyStart = i;
            i = SkipName(text, keyStart, end);
            if (i == keyStart || i > end || text[i] != '=')
            {
                return false;
            }
            var key = text[keyStart..i];
            i++;
            if (!TryReadValue(text, ref i, end, out var value))
            {
                return false;
            }
            properties.Add(new SpanAttribute(key, value));
        }
        attributes = new SpanAttributes(id, classes.ToImmutable(), properties.ToImmutable());
        slice.Start = i;
        return true;
    }

    private static int SkipName(string text, int i, int end)
    {
        while (i <= end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':'))
        {
            i++;
        }
        return i;
    }

    private static bool TryReadValue(string text, ref int i, int end, out string value)
    {
        value = "";
        if (i > end)
        {
            return false;
        }
        if (text[i] == '"')
        {
            var builder = new StringBuilder();
            i++;
            while (i <= end && text[i] != '"')
            {
                if (text[i] == '\\' && i < end && text[i + 1] is '"' or '\\')
                {
                    i++;
                }
                builder.Append(text[i]);
                i++;
            }
            if (i > end)
            {
                return false;
            }
            i++;
            value = builder.ToString();
            return true;
        }
        var start = i;
        while (i <= end && !char.IsWhiteSpace(text[i]) && text[i] is not ('}' or '"' or '\'' or '=' or '{'))
        {
            i++;
        }
        value = text[start..i];
        return i > start;
    }
}
