using System.Text;
using System.Xml;

namespace StaticBriefing.Publishing.Feeds;

/// <summary>
/// Writes XML the same way every time: UTF-8 without BOM, two-space indent, '\n' line ends,
/// and text stripped of characters XML cannot hold (a stray control character in an article
/// must not fail the whole build).
/// </summary>
public static class XmlOutput
{
    public static string Write(Action<XmlWriter> write, bool declaration = true)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = !declaration,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Removes characters that are not allowed in XML 1.0 (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
