namespace StaticBriefing.Reading;

/// <summary>
/// The tail of a chrome sentence that a PDF extractor's hard line break left on a line of its own
/// ("… do not represent the views of any" / "political party."): a short line that starts in lower
/// case right under a chrome line that does not end its sentence goes with it.
/// </summary>
public static class BrokenLineTails
{
    private const int TailMaxWords = 6;

    public static void Mark(string[] texts, bool[] kept, bool[] chrome)
    {
        for (var i = 1; i < texts.Length; i++)
        {
            if (!chrome[i] && !kept[i] && chrome[i - 1] && texts[i - 1].Length > 0 && !TextShape.EndsSentence(texts[i - 1])
                && TextShape.StartsLowercase(texts[i]) && TextShape.WordCount(texts[i]) <= TailMaxWords)
            {
                chrome[i] = true;
            }
        }
    }
}
