namespace StaticBriefing.Reading;

/// <summary>
/// An encyclopaedia's reference list: a heading ("References", "Notes") and citation lines under it
/// ("^ a b Surname, Name (4 August 2026). "Headline". Outlet."). It closes the page like a related-links
/// block, but it names the sources the article's statements rest on, which a briefing must keep: the
/// heading and the citations are content, even after a tail marker ("See also"). Chrome lines between
/// them (an "[edit]" link) stay chrome. A heading with no citation under it is left to the other rules.
/// </summary>
public static class ReferenceList
{
    public static void Keep(string[] texts, StructuredBlockRules rules, Func<string, bool> isChromeLine, bool[] keep)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length == 0 || !rules.ReferenceHeadings.AnyMatch(texts[i]))
            {
                continue;
            }
            var items = new List<int>();
            var k = i + 1;
            for (; k < texts.Length; k++)
            {
                if (texts[k].Length > 0 && rules.ReferenceItems.AnyMatch(texts[k]))
                {
                    items.Add(k);
                }
                else if (texts[k].Length > 0 && !isChromeLine(texts[k]))
                {
                    break;
                }
            }
            if (items.Count > 0)
            {
                keep[i] = true;
                items.ForEach(item => keep[item] = true);
            }
            i = k - 1;
        }
    }
}
