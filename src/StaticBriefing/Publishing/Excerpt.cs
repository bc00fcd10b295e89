namespace StaticBriefing.Publishing;

/// <summary>A window of a sentence around a phrase ("… talks on July 23 in …"), for one-line summaries.</summary>
public static class Excerpt
{
    public static string Around(string sentence, string phrase, int maxLength)
    {
        var text = BriefSummary.Shorten(sentence, int.MaxValue);
        if (text.Length <= maxLength)
        {
            return text;
        }
        var at = phrase.Length == 0 ? -1 : text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0 || at + phrase.Length <= maxLength - 1)
        {
            return BriefSummary.Shorten(text, maxLength);
        }
        var start = Math.Max(0, at - ((maxLength - phrase.Length) / 2));
        var space = text.IndexOf(' ', start);
        start = space >= 0 && space < at ? space + 1 : start;
        return "…" + BriefSummary.Shorten(text[start..], maxLength - 1);
    }
}
