using System.Text;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Reading;

/// <summary>
/// Bytes to text: UTF-8 with or without BOM (UTF-16 with a BOM too), line ends normalised to LF.
/// Empty, oversized, binary and undecodable input is refused with a one-line error naming the file.
/// </summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string file, int maxBytes, bool normalizeLineEnds = true)
    {
        if (bytes.Length > maxBytes)
        {
            throw new DataFileException(file, null, null, $"too large ({bytes.Length:N0} bytes; the limit is {maxBytes:N0})");
        }
        var text = DecodeText(bytes, file);
        CheckCharacters(text, file);
        if (normalizeLineEnds)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DataFileException(file, null, null, "the file is empty");
        }
        return text;
    }

    private static string DecodeText(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Strict(new UnicodeEncoding(false, true, true), bytes[2..], file);
        }
        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Strict(new UnicodeEncoding(true, true, true), bytes[2..], file);
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DataFileException(file, LineOf(bytes, nul), null, $"binary content (NUL byte at offset {nul})");
        }
        return Strict(StrictUtf8, bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]) ? bytes[3..] : bytes, file);
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string file)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            var offset = Math.Max(error.Index, 0);
            return encoding is UTF8Encoding
                ? throw new DataFileException(file, LineOf(bytes, offset), null, "not valid UTF-8 text")
                : throw new DataFileException(file, null, null, "not valid UTF-16 text");
        }
    }

    /// <summary>Control characters other than tab, line ends and form feed mean the file is not text.</summary>
    private static void CheckCharacters(string text, string file)
    {
        var line = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\r' or '\f' or '\v')) || c == '\uFFFE' || c == '\uFFFF')
            {
                throw new DataFileException(file, line, null, $"binary content (control character U+{(int)c:X4})");
            }
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
