using System.Buffers;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Quotes;

/// <summary>
/// Finds quoted spans in one linear pass, never across a paragraph break: “…”, the low-high „…” and
/// „…“ of Central European and German text, guillemets «…» and »…«, "…" (a straight quote opens
/// before a non-space and closes after one), and ‘…’ or '…' where the closing mark is not an
/// apostrophe inside a word ("don’t"). Returned spans exclude the marks.
/// </summary>
internal static class QuoteSpans
{
    public readonly record struct Span(int Start, int End, bool Single);

    // Every character the loop acts on; the text between them is skipped by a vectorised search.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n“”„«»\"‘’'");

    public static List<Span> Find(string text)
    {
        var spans = new List<Span>();
        int curly = -1, straight = -1, single = -1;
        var closer = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && IsParagraphBreak(text, i))
            {
                curly = straight = single = -1;
                continue;
            }
            if (curly >= 0 && (c == closer || (closer == '”' && c == '“' && text[curly] == '„')))
            {
                // „…“ closes with the mark English text opens with.
                spans.Add(new Span(curly + 1, i, false));
                curly = -1;
                continue;
            }
            switch (c)
            {
                case '“' or '„' or '«' or '»':
                    // An opener before any closer starts the quote afresh, as an unclosed “ always did.
                    curly = i;
                    closer = c switch { '«' => '»', '»' => '«', _ => '”' };
                    break;
                case '"' when straight < 0:
                    straight = OpensAt(text, i) ? i : -1;
                    break;
                case '"':
                    if (i > 0 && !TextChars.IsSpace(text[i - 1]))
                    {
                        spans.Add(new Span(straight + 1, i, false));
                        straight = -1;
                    }
                    break;
                case '‘' or '\'' when single < 0 && OpensAt(text, i) && (i == 0 || !TextChars.IsWord(text[i - 1])):
                    single = i;
                    break;
                case '’' or '\'' when single >= 0 && ClosesAt(text, i):
                    spans.Add(new Span(single + 1, i, true));
                    single = -1;
                    break;
            }
        }
        return spans;
    }

    private static bool IsParagraphBreak(string text, int newline)
    {
        var i = newline + 1;
        while (i < text.Length && TextChars.IsInlineSpace(text[i]))
        {
            i++;
        }
        return i < text.Length && text[i] == '\n';
    }

    private static bool OpensAt(string text, int i) => i + 1 < text.Length && !TextChars.IsSpace(text[i + 1]);

    private static bool ClosesAt(string text, int i) =>
        i > 0 && !TextChars.IsSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]));
}
