using StaticBriefing.Annotation.Dates.Matching;
using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// Finds embedded posts: a signature line ("– Name (@handle) July 22, 2025": a dash, some name, a
/// full date at the end) closes a block of up to the data's number of lines, which stops at a
/// blank line or a line with no letters or digits (embed residue such as a lone ".").
/// </summary>
internal sealed class EmbeddedBlockFinder(TemporalLexicon lexicon)
{
    /// <summary>The blocks in text order; they never overlap (a block stops at the previous signature).</summary>
    public List<EmbeddedBlock> Find(string text, ReferenceDate published)
    {
        var blocks = new List<EmbeddedBlock>();
        var lines = LineSpans(text);
        var floor = 0;
        for (var n = 0; n < lines.Count; n++)
        {
            var (start, end) = lines[n];
            if (SignatureDate(text, start, end, published) is not { } date)
            {
                continue;
            }
            var first = n;
            while (first > floor && n - first < lexicon.EmbeddedMaxLines && HasContent(text, lines[first - 1]))
            {
                first--;
            }
            blocks.Add(new EmbeddedBlock(lines[first].Start, end, date));
            floor = n + 1;
        }
        return blocks;
    }

    private ReferenceDate? SignatureDate(string text, int start, int end, ReferenceDate published)
    {
        var body = text.AsSpan(start, end - start).Trim();
        if (body.Length < 8 || !StartsWithDash(body))
        {
            return null;
        }
        var tokens = TemporalTokenizer.Tokenize(text, start, end, lexicon.WordId);
        var scan = new ScanContext(text, tokens, lexicon, _ => published);
        var matches = new TemporalScanner(scan).Scan();
        if (matches.Count == 0 || matches[^1].End != tokens.Count || matches[^1].First < 2)
        {
            return null;
        }
        var last = matches[^1];
        var hasYear = tokens.Skip(last.First).Take(last.Length).Any(t => t.Digits == 4);
        return hasYear && last.Mod == TimexMod.None && ReferenceDate.TryParse(last.Value, out var date) && date!.Day is not null ? date : null;
    }

    private bool StartsWithDash(ReadOnlySpan<char> line)
    {
        foreach (var dash in lexicon.SignatureDashes)
        {
            if (line.StartsWith(dash, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasContent(string text, (int Start, int End) line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static List<(int Start, int End)> LineSpans(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add((start, end));
                start = i + 1;
            }
        }
        return lines;
    }
}
