using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Lists;

/// <summary>
/// The shape of a line in a list of positions: an item is a paragraph of its own without a closing
/// stop ("No NATO membership for Ukraine"); a line in capitals is a subhead, which ends the list, and so is
/// a line in title case that names no issue ("The Road Ahead"; "Recognition of Crimea" is an item).
/// </summary>
public static class ListLine
{
    public static bool IsItem(string text, SentenceContext item)
    {
        var sentence = item.Tokens.Sentence;
        return HeadingLine.StandsAlone(text, sentence) && !EndsWithStop(text, sentence)
            && !IsInCapitals(text, sentence) && (item.Issues.Count > 0 || !IsInTitleCase(text, sentence));
    }

    public static bool EndsWithStop(string text, Sentence sentence)
    {
        var last = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or '…';
    }

    private static bool IsInCapitals(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters > 0;
    }

    /// <summary>Every word of four letters or more begins with a capital: "The Road Ahead".</summary>
    private static bool IsInTitleCase(string text, Sentence sentence)
    {
        var words = text[sentence.Start..sentence.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Count(char.IsLetter) >= 4)
            .ToList();
        return words.Count > 0 && words.All(word => char.IsUpper(word.First(char.IsLetter)));
    }
}
