using System.Text.RegularExpressions;

namespace StaticBriefing.Reading;

/// <summary>
/// A title for an article that has no headline: its lead sentence, cut to a few words at a word
/// boundary that does not leave a dangling article or preposition.
/// </summary>
public sealed partial class TitleGenerator(ReadingRules rules)
{
    // A sentence ends at . ! ? (and closing quotes) before a space and a capital or an opening quote;
    // a single capital before the stop ("U.S.") is an abbreviation, not an end.
    [GeneratedRegex(@"(?<![\s.]\p{Lu})[.!?][""”’]?\s+(?=[\p{Lu}“""])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    public string Generate(string lead)
    {
        var title = FromWords(lead);
        if (title.Length <= rules.GeneratedTitleMaxChars)
        {
            return title;
        }
        // A run-on "word" (no spaces) cannot be cut at a word boundary: cut it at the character limit.
        var cut = title.LastIndexOf(' ', rules.GeneratedTitleMaxChars - 1);
        return title[..(cut > 0 ? cut : rules.GeneratedTitleMaxChars - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private string FromWords(string lead)
    {
        var end = SentenceEnd().Match(lead);
        var sentence = (end.Success ? lead[..end.Index] : lead).Trim().TrimEnd('.', '!', '?', ';', ':', ',').Trim();
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count <= rules.GeneratedTitleMaxWords)
        {
            return string.Join(' ', words);
        }
        words = words.Take(rules.GeneratedTitleMaxWords).ToList();
        while (words.Count > rules.TitleMinWords && (rules.WeakEndings.Contains(words[^1].TrimEnd(',', ';', ':')) || words[^1].EndsWith(',')))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words).TrimEnd(',', ';', ':', '—', '–', '-').TrimEnd() + "…";
    }
}
