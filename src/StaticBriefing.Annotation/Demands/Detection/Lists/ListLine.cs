using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

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
            && !TextChars.IsInCapitals(text.AsSpan(sentence.Start, sentence.End - sentence.Start))
            && (item.Issues.Count > 0 || !IsInTitleCase(text, sentence));
    }

    public static bool EndsWithStop(string text, Sentence sentence)
    {
        var last = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        return last.Length > 0 && TextChars.IsTerminal(last[^1]);
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
