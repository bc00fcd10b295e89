using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Two readings of the words just before a yearless date that no tense word decides: "since" puts it before
/// the reference ("since January"), and a present "is" or "are" ("is pencilled in for late November") keeps
/// its clause in the present, so a reporting verb after it ("…, diplomats said") does not date it.
/// </summary>
internal sealed class ClauseTense(ScanContext scan)
{
    private const int PrepositionReach = 3;

    /// <summary>Numbers and signs a line's opening date may have before its month ("3-5 March"), and a bullet's length.</summary>
    private const int OpeningTokens = 4;
    private const int BulletChars = 8;

    /// <summary>
    /// True when the date opens its line ("20 March: council meets", a timeline's or an agenda's entry): such a
    /// heading has no clause around it, and is read in the reference year as written.
    /// </summary>
    public bool OpensLine(int token)
    {
        var first = token;
        for (var n = 0; n < OpeningTokens && first > 0 && scan.Tokens[first - 1].Kind != TokenKind.Word; n++)
        {
            first--;
        }
        var start = scan.Tokens[first].Start;
        for (var c = start - 1; c >= 0 && start - c <= BulletChars; c--)
        {
            var ch = scan.Text[c];
            if (ch == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(ch) && !char.IsPunctuation(ch) && !char.IsSymbol(ch))
            {
                return false;
            }
        }
        return start < BulletChars;
    }

    /// <summary>True when "since" stands at most a few words before the date ("since early September").</summary>
    public bool SinceBefore(int token)
    {
        var words = 0;
        for (var i = token - 1; i >= 0 && words < PrepositionReach; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
            words++;
            if (scan.In(i, scan.Lexicon.PastPrepositions))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the first tense word before the date in its sentence is a present form of "be".</summary>
    public bool PresentBefore(int token)
    {
        var words = 0;
        for (var i = token - 1; i >= 0 && words < scan.Lexicon.TenseWindow; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                if (scan.IsSymbol(i, '.') || scan.IsSymbol(i, ';') || scan.IsSymbol(i, '!') || scan.IsSymbol(i, '?'))
                {
                    return false;
                }
                continue;
            }
            words++;
            if (scan.Lexicon.PresentCues.Contains(t.WordId))
            {
                return true;
            }
            if (scan.Lexicon.PastCues.Contains(t.WordId) || scan.Lexicon.FutureCues.Contains(t.WordId))
            {
                return false;
            }
        }
        return false;
    }
}
