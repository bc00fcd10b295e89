namespace StaticBriefing.Reading;

/// <summary>
/// A table of contents: a heading ("Contents") and numbered section titles under it ("1 Background",
/// "2.1 Russian position"). It is navigation, so chrome, wherever it stands; the section headings it
/// points to are not numbered and stay content. A heading needs two items under it to open one.
/// </summary>
public static class ContentsTable
{
    private const int MinItems = 2;

    public static void Mark(string[] texts, StructuredBlockRules rules, bool[] chrome)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length == 0 || !rules.ContentsHeadings.AnyMatch(texts[i]))
            {
                continue;
            }
            var items = new List<int>();
            var k = i + 1;
            for (; k < texts.Length && (texts[k].Length == 0 || rules.ContentsItems.AnyMatch(texts[k])); k++)
            {
                if (texts[k].Length > 0)
                {
                    items.Add(k);
                }
            }
            if (items.Count >= MinItems)
            {
                chrome[i] = true;
                items.ForEach(item => chrome[item] = true);
            }
            i = k - 1;
        }
    }
}
