using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>The tokens of the current sentence with the lexicon and the reference date; small token tests shared by the readers.</summary>
internal sealed class ScanContext(TemporalLexicon lexicon)
{
    private Func<int, ReferenceDate> referenceAt = _ => throw new InvalidOperationException("no sentence loaded");

    public string Text { get; private set; } = "";

    /// <summary>Reused from sentence to sentence, and after <see cref="Release"/> by the next context on the thread.</summary>
    public List<TemporalToken> Tokens { get; } = TemporalTokenBuffers.Take();

    public TemporalLexicon Lexicon { get; } = lexicon;

    /// <summary>The lines of dated timelines in the text, sorted and disjoint; their present tense is historic.</summary>
    public IReadOnlyList<TimelineLine> Timeline { get; set; } = [];

    /// <summary>The quotations in the text, sorted and disjoint.</summary>
    public IReadOnlyList<TextRange> Quotations { get; set; } = [];

    /// <summary>The last single day found in the text so far, which "the same day" names.</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>
    /// When the last days named were two in a row ("the bulletin for 28–29 December"), the first of them:
    /// a night named next ("that night") is the one between them, whatever its offset says.
    /// </summary>
    public DateOnly? NightBetween { get; set; }

    /// <summary>Tokenizes text[start, end) and makes it the current sentence.</summary>
    public void Load(string text, int start, int end, Func<int, ReferenceDate> reference)
    {
        Text = text;
        referenceAt = reference;
        TemporalTokenizer.Tokenize(text, start, end, Lexicon.Words, Tokens);
    }

    /// <summary>Hands the token list on to the next context; this one must not be used after.</summary>
    public void Release() => TemporalTokenBuffers.Return(Tokens);

    public int Count => Tokens.Count;

    /// <summary>The line of a dated timeline that token i lies on, if any.</summary>
    public TimelineLine? TimelineAt(int i)
    {
        if (Timeline.Count == 0 || i < 0 || i >= Count)
        {
            return null;
        }
        var offset = Tokens[i].Start;
        var last = SortedSearch.FirstIndexFrom(Timeline, offset + 1, line => line.Start) - 1;
        return last >= 0 && offset < Timeline[last].End ? Timeline[last] : null;
    }

    /// <summary>The reference date at a token; past the last token, the one at the sentence's end.</summary>
    public ReferenceDate ReferenceAt(int token) =>
        referenceAt(token < Count ? Tokens[token].Start : Count > 0 ? Tokens[Count - 1].Start : 0);

    public bool In(int i, HashSet<int> set) => i >= 0 && i < Count && set.Contains(Tokens[i].WordId);

    public bool IsSymbol(int i, char symbol) => i >= 0 && i < Count && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] == symbol;

    /// <summary>True when token i exists and touches the token before it ("mid-May", "50-day").</summary>
    public bool Glued(int i) => i > 0 && i < Count && !Tokens[i].SpaceBefore;

    /// <summary>A month name; names are proper nouns, so only capitalised words count ("the august hall" is no month).</summary>
    public CalendarName? Month(int i) =>
        i >= 0 && i < Count && Tokens[i].Capitalized && Lexicon.Months.TryGetValue(Tokens[i].WordId, out var month) ? month : null;

    public CalendarName? Weekday(int i) =>
        i >= 0 && i < Count && Tokens[i].Capitalized && Lexicon.Weekdays.TryGetValue(Tokens[i].WordId, out var day) ? day : null;

    public TemporalUnit? Unit(int i) =>
        i >= 0 && i < Count && Lexicon.Units.TryGetValue(Tokens[i].WordId, out var unit) ? unit : null;

    /// <summary>A day of the month: one or two digits, 1–31, plain or ordinal ("23", "23rd").</summary>
    public int? Day(int i)
    {
        if (i < 0 || i >= Count)
        {
            return null;
        }
        var t = Tokens[i];
        return t.IsPlainNumber && t.Digits is 1 or 2 && t.Number is >= 1 and <= 31 && t.Suffix != NumberSuffix.Plural ? t.Number : null;
    }

    /// <summary>A four-digit year in the data's range that no blocking word ("no.", "€", "troops") marks as a count or code.</summary>
    public int? Year(int i)
    {
        if (i < 0 || i >= Count)
        {
            return null;
        }
        var t = Tokens[i];
        if (!t.IsPlainNumber || t.Digits != 4 || t.Suffix != NumberSuffix.None || t.Number < Lexicon.EarliestYear || t.Number > Lexicon.LatestYear)
        {
            return null;
        }
        var before = IsSymbol(i - 1, '.') ? i - 2 : i - 1;
        if (In(before, Lexicon.NotYearAfter) || In(i - 1, Lexicon.NotYearAfter) || In(i + 1, Lexicon.NotYearBefore))
        {
            return null;
        }
        return t.Number;
    }

    public ReadOnlySpan<char> TextOf(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);
}
