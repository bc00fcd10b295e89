using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Anchors;

namespace StaticBriefing.Briefs.Writing;

/// <summary>Cuts a text into non-overlapping, whitespace-trimmed sentences that together cover every non-blank character.</summary>
public static class TextUnits
{
    public static IReadOnlyList<TextUnit> Of(string text, EquatableArray<Sentence> sentences)
    {
        var ranges = new List<(int Start, int End, int Index)>();
        var position = 0;
        foreach (var sentence in sentences.Where(s => s.Start >= 0 && s.End <= text.Length).OrderBy(s => s.Start).ThenBy(s => s.Index))
        {
            var start = Math.Max(sentence.Start, position);
            if (start >= sentence.End)
            {
                continue;
            }
            AddGap(text, position, start, ranges);
            AddTrimmed(text, start, sentence.End, sentence.Index, ranges);
            position = sentence.End;
        }
        AddGap(text, position, text.Length, ranges);
        var anchors = new AnchorAllocator();
        return ranges.Select(r => new TextUnit(r.Start, r.End, anchors.Next(text[r.Start..r.End]), r.Index)).ToList();
    }

    /// <summary>Text between sentences: each blank-line-separated piece that is not blank becomes a unit of its own.</summary>
    private static void AddGap(string text, int start, int end, List<(int, int, int)> ranges)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\n' && ParagraphBreak.EndOfBreak(text, i, end) is var breakEnd and > 0)
            {
                AddTrimmed(text, pieceStart, i, -1, ranges);
                pieceStart = breakEnd;
                i = breakEnd - 1;
            }
        }
        AddTrimmed(text, pieceStart, end, -1, ranges);
    }

    private static void AddTrimmed(string text, int start, int end, int index, List<(int, int, int)> ranges)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            ranges.Add((start, end, index));
        }
    }
}
