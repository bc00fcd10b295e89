using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Sentences;

/// <summary>
/// Splits cleaned article text into sentences in one linear pass. Paragraphs (blank-line separated)
/// and list items ("• item", "1. item" at a line start) always end a sentence; inside them a
/// sentence ends at . ! ? … (plus closing quotes or brackets) followed by space and a capital or an
/// opening quote, unless the word before the full stop is an abbreviation, an initial or a dotted
/// initialism. A single line break is not a boundary. Every sentence is trimmed of surrounding space.
/// </summary>
public sealed class SentenceSplitter(SentenceLexicon lexicon)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations =
        lexicon.Abbreviations.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public SentenceSplitter()
        : this(SentenceLexicon.Empty)
    {
    }

    public EquatableArray<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        foreach (var (start, end) in TextBlocks.Of(text))
        {
            SplitBlock(text, start, end, sentences);
        }
        return sentences.ToEquatableArray();
    }

    private void SplitBlock(string text, int start, int end, List<Sentence> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!TextChars.IsTerminal(text[i]))
            {
                i++;
                continue;
            }
            var terminal = i;
            var after = i + 1;
            while (after < end && TextChars.IsTerminal(text[after]))
            {
                after++;
            }
            while (after < end && TextChars.IsClosing(text[after]))
            {
                after++;
            }
            after = NoteMarks.After(text, terminal, after, end);
            if (EndsSentence(text, terminal, after, end))
            {
                Add(text, sentenceStart, after, sentences);
                sentenceStart = after;
            }
            i = after;
        }
        Add(text, sentenceStart, end, sentences);
    }

    private bool EndsSentence(string text, int terminal, int after, int end)
    {
        var next = after;
        while (next < end && TextChars.IsSpace(text[next]))
        {
            next++;
        }
        if (next == after || next >= end)
        {
            return next >= end;
        }
        var c = text[next];
        var starts = char.IsUpper(c) || (TextChars.IsOpening(c) && next + 1 < end && !char.IsLower(text[next + 1]));
        return starts && !(text[terminal] == '.' && after == terminal + 1 && IsAbbreviation(text, terminal));
    }

    /// <summary>Is the word before this full stop an abbreviation, an initial or a dotted initialism?</summary>
    private bool IsAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && (TextChars.IsWord(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, stop - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. R. R. Tolkien"
        }
        if (word.Contains('.'))
        {
            return IsInitialism(word) || abbreviations.Contains(word);
        }
        return abbreviations.Contains(word);
    }

    /// <summary>"U.S", "e.g": single letters separated by full stops.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }
        return word.Length % 2 == 1;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        (start, end) = TextChars.Trim(text, start, end);
        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end));
        }
    }
}
