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
        var floor = 0;
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length + 1 : newline + 1;
            var end = newline < 0 ? text.Length : newline;
            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }
            if (SignatureDate(text, start, end, published) is { } date)
            {
                var first = BlockStart(text, start, floor);
                blocks.Add(new EmbeddedBlock(first, end, date));
                floor = next;
            }
            start = next;
        }
        return blocks;
    }

    /// <summary>Walks back over up to the data's number of lines with content, never before <paramref name="floor"/>.</summary>
    private int BlockStart(string text, int signatureStart, int floor)
    {
        var first = signatureStart;
        for (var lines = 0; lines < lexicon.EmbeddedMaxLines && first - 1 > floor; lines++)
        {
            var previousEnd = first - 1;
            var previousStart = previousEnd == 0 ? 0 : text.LastIndexOf('\n', previousEnd - 1) + 1;
            previousStart = Math.Max(previousStart, floor);
            if (!HasContent(text, (previousStart, previousEnd)))
            {
                break;
            }
            first = previousStart;
        }
        return first;
    }

    private ReferenceDate? SignatureDate(string text, int start, int end, ReferenceDate published)
    {
        var body = text.AsSpan(start, end - start).Trim();
        if (body.Length < 8 || !StartsWithDash(body))
        {
            return null;
        }
        var scan = new ScanContext(lexicon);
        scan.Load(text, start, end, _ => published);
        var tokens = scan.Tokens;
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
}
