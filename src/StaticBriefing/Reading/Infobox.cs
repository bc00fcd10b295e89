namespace StaticBriefing.Reading;

/// <summary>
/// An infobox or fact box: field labels from reading.yml ("Date", "Location", "Participants"), each
/// alone on its line with its value on the line(s) under it ("3–7 August 2026", "Russia", "Ukraine"),
/// and a caption above the first label (a wiki repeats the article's title there). Its short lines look
/// like a menu and its date like a date bar, but it is the article's structured summary: content.
/// It needs infobox_min_labels labels, each with a value; it ends at prose, a chrome line, or a label
/// without a value.
/// </summary>
public static class Infobox
{
    private const int MaxValueLines = 6;

    public static void Keep(string[] texts, StructuredBlockRules rules, int captionMaxWords, Func<string, bool> isChromeLine, bool[] keep)
    {
        bool IsLabel(int i) => rules.InfoboxLabels.Contains(texts[i].TrimEnd(':').Trim());
        bool IsValue(int i) => texts[i].Length > 0 && !IsLabel(i) && !TextShape.IsProse(texts[i]) && !isChromeLine(texts[i]);
        var i = 0;
        while (i < texts.Length)
        {
            if (!IsLabel(i))
            {
                i++;
                continue;
            }
            var (first, last, labels) = (i, i, 0);
            while (i < texts.Length && IsLabel(i))
            {
                var values = 0;
                var k = i + 1;
                for (; k < texts.Length && values < MaxValueLines && (texts[k].Length == 0 || IsValue(k)); k++)
                {
                    (values, last) = texts[k].Length > 0 ? (values + 1, k) : (values, last);
                }
                if (values == 0)
                {
                    break;
                }
                labels++;
                i = k;
                while (i < texts.Length && texts[i].Length == 0)
                {
                    i++;
                }
            }
            if (labels >= rules.InfoboxMinLabels)
            {
                Array.Fill(keep, true, first, last - first + 1);
                KeepCaption(texts, first, captionMaxWords, isChromeLine, keep);
            }
            i = Math.Max(i, first + 1);
        }
    }

    private static void KeepCaption(string[] texts, int firstLabel, int maxWords, Func<string, bool> isChromeLine, bool[] keep)
    {
        var above = firstLabel - 1;
        if (above >= 0 && texts[above].Length > 0 && !TextShape.IsProse(texts[above]) && !isChromeLine(texts[above])
            && TextShape.WordCount(texts[above]) <= maxWords)
        {
            keep[above] = true;
        }
    }
}
