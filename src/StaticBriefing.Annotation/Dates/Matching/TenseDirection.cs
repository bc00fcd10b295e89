using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Whether a bare weekday looks forward ("will meet on Wednesday") or back ("told reporters
/// Tuesday"): the nearest tense cue before it wins, then the nearest after it, within the
/// data's window and the same sentence; otherwise the data's default. A past form after "has" or
/// "have" is a present perfect, which English does not join to a past day: "has called a meeting
/// on Monday" names the coming Monday. Only in the weekday's own clause, before it: in "a session on
/// Monday, the negotiators have left" and "has changed his mind, and his words on Tuesday came"
/// the perfect belongs to another clause. An infinitive ("agreed to meet on Monday") looks ahead of its
/// past verb, a scheduling present ("meets on Friday") looks ahead, and a dated timeline's present is historic.
/// </summary>
internal sealed class TenseDirection(ScanContext scan)
{
    private readonly VerbForms forms = new(scan);

    private MonthYearReader? years;

    public bool IsFuture(int weekday) =>
        (Nearest(weekday, -1, true) ?? Nearest(weekday, 1, true)) is { } cue ? cue != TenseCue.Past : scan.Lexicon.DefaultFuture;

    /// <summary>The year of a month named without one (see <see cref="MonthYearReader"/>).</summary>
    public int YearOf(int token, int month, ReferenceDate reference, int? nearMonth = null) =>
        (years ??= new MonthYearReader(scan, this)).Of(token, month, reference, nearMonth);

    /// <summary>True when the first tense cue after the token looks back ("By the summer, the army had lost …").</summary>
    public bool PastAfter(int token) => Nearest(token, 1, false) == TenseCue.Past;

    /// <summary>True for a future cue, false for a past one, null without an explicit tense word near the token.</summary>
    public bool? Explicit(int token) => (Nearest(token, -1, false) ?? Nearest(token, 1, false)) switch
    {
        TenseCue.Future => true,
        TenseCue.Past => false,
        _ => null,
    };

    /// <summary>The first cue walking from the weekday in <paramref name="step"/> direction, counting only words toward the window.</summary>
    internal TenseCue? Nearest(int weekday, int step, bool suffixes)
    {
        var words = 0;
        var sameClause = step < 0;
        var infinitive = false;
        for (var i = weekday + step; i >= 0 && i < scan.Count && words < scan.Lexicon.TenseWindow && !IsStop(i); i += step)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word)
            {
                sameClause &= !scan.IsSymbol(i, ',');
                continue;
            }
            words++;
            // "agreed to meet on Feb. 1": the date is the infinitive's; only a future word before it ("due to leave in January") still looks ahead.
            infinitive |= step < 0 && forms.IsInfinitive(i);
            if (step < 0 && forms.IsPassiveInfinitive(i))
            {
                infinitive = true;
                continue; // "to be paid": the participle is no past of its own
            }
            if (Cue(i, suffixes, suffixes && sameClause) is { } cue)
            {
                return infinitive && cue == TenseCue.Past ? TenseCue.AheadOfPast : cue;
            }
        }
        return infinitive ? TenseCue.AheadOfPast : null;
    }

    private TenseCue? Cue(int i, bool suffixes, bool perfectLooksAhead)
    {
        var token = scan.Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }
        if (scan.Month(i) is not null || scan.Weekday(i) is not null)
        {
            return null; // "May" the month is not "may" the modal
        }
        if (scan.Lexicon.FutureCues.Contains(token.WordId))
        {
            // "A March version would have given …": a modal perfect looks back.
            return scan.Lexicon.ModalPerfects.Contains(token.WordId) && scan.In(i + 1, scan.Lexicon.PerfectAuxiliaries) ? TenseCue.Past : TenseCue.Future;
        }
        if (scan.Lexicon.ScheduledPresent.Contains(token.WordId))
        {
            return forms.ScheduledPresent(i);
        }
        var past = scan.Lexicon.PastCues.Contains(token.WordId)
            // A capital is a name's ("Ted"), unless the word opens the sentence ("Asked on Saturday, …").
            || (suffixes && HasPastSuffix(i) && (!token.Capitalized || OpensSentence(i)));
        if (!past || forms.IsObjectComplement(i))
        {
            return null;
        }
        return perfectLooksAhead && PresentPerfect(i) ? TenseCue.Future : TenseCue.Past;
    }

    internal bool HasPastSuffix(int i)
    {
        var word = scan.TextOf(i);
        foreach (var suffix in scan.Lexicon.PastSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"has called", "have already agreed": an auxiliary right before the past form, or one word before it.</summary>
    private bool PresentPerfect(int i) =>
        scan.In(i - 1, scan.Lexicon.PerfectAuxiliaries)
        || (scan.In(i - 2, scan.Lexicon.PerfectAuxiliaries) && scan.Tokens[i - 1].Kind == TokenKind.Word && !scan.Tokens[i - 1].Capitalized);

    private bool OpensSentence(int i) => scan.Tokens.Take(i).All(token => token.Kind == TokenKind.Symbol);

    /// <summary>A sentence-like break: ';', '!', '?', or a full stop before a capitalised word (not the dot in "a.m.").</summary>
    private bool IsStop(int i) =>
        scan.IsSymbol(i, '!') || scan.IsSymbol(i, '?') || scan.IsSymbol(i, ';')
        || (scan.IsSymbol(i, '.') && (i + 1 >= scan.Count || (scan.Tokens[i + 1].SpaceBefore && scan.Tokens[i + 1].Capitalized)));
}
