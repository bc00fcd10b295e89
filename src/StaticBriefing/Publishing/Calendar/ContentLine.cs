using System.Text;

namespace StaticBriefing.Publishing.Calendar;

/// <summary>
/// RFC 5545 content lines: TEXT escaping (§3.3.11) and folding at 75 octets (§3.1), never
/// splitting a UTF-8 sequence or a surrogate pair. Lines end with CRLF.
/// </summary>
public static class ContentLine
{
    public const int MaxOctets = 75;

    /// <summary>Escapes backslash, semicolon, comma and newlines; drops other control characters.</summary>
    public static string EscapeText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                ';' => builder.Append(@"\;"),
                ',' => builder.Append(@"\,"),
                '\n' or '\r' => builder.Append(@"\n"),
                '\t' => builder.Append(' '),
                _ when char.IsControl(c) => builder,
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary>Folds one logical line: each physical line at most 75 octets, continuations start with a space.</summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var width = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + width > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }
            builder.Append(line, i, length);
            octets += width;
            i += length - 1;
        }
        return builder.Append("\r\n").ToString();
    }
}
