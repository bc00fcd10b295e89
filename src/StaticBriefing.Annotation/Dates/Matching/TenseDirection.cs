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
    private const int ParticipleReach = 2;

    private readonly VerbForms forms = new(scan);

    private readonly ClauseTense clause = new(scan);

    public bool IsFuture(int weekday) =>
        (Nearest(weekday, -1, true) ?? Nearest(weekday, 1, true)) is { } cue ? cue != TenseCue.Past : scan.Lexicon.DefaultFuture;

    /// <summary>
    /// The year of a month named without one: the reference year, unless an explicit tense word (not
    /// a mere "-ed" ending, except one just before the date: "the loan agreed in December") puts a
    /// later month in the past ("said in December") or an earlier one in the future ("will resume in January").
    /// </summary>
    /// <param name="nearMonth">The month that decides the nearer occurrence when no tense word does (a season's first month); <paramref name="month"/> by default.</param>
    public int YearOf(int token, int month, ReferenceDate reference, int? nearMonth = null)
    {
        if (reference.Month is not { } current || month == current)
        {
            return reference.Year;
        }
        if (ContractMonth(token))
        {
            return month > current ? reference.Year : reference.Year + 1;
        }
        var cue = HistoricPresent(token) ?? (clause.SinceBefore(token) ? TenseCue.Past : (TenseCue?)null) ?? Nearest(token, -1, false) ?? ParticipleBefore(token)
            ?? (clause.PresentBefore(token) ? null : Nearest(token, 1, false));
        // A timeline's lines run up to the reference: their present tense ("Dec. 28 - Trump hosts …") is historic.
        cue ??= scan.TimelineAt(token) is not null ? TenseCue.Past : null;
        return (month > current, cue) switch
        {
            (true, TenseCue.Past) => reference.Year - 1,
            (false, TenseCue.Future) => reference.Year + 1,
            (_, TenseCue.Past or TenseCue.Future) => reference.Year,
            // A regular past form in the clause before it ("returned to the White House in January") still dates it this year.
            _ => clause.OpensLine(token) || Nearest(token, -1, true) == TenseCue.Past ? reference.Year : NearestYear(nearMonth ?? month, current, reference.Year),
        };
    }

    /// <summary>
    /// Without a tense word, the occurrence nearer the reference: "until March 31st" written in October is next
    /// March, "the second half of January" written in December next January, "in November" written in February last November.
    /// </summary>
    private int NearestYear(int month, int current, int year) => (month - current) switch
    {
        < -HalfYear => year + 1,
        > HalfYear => year - 1,
        _ => year,
    };

    private const int HalfYear = 6;

    /// <summary>
    /// "wheat for April loading", "May-delivery contracts": a month that names when goods load or arrive is
    /// a contract month, traded ahead of time, so it is the next such month whatever tense the price moved in.
    /// </summary>
    private bool ContractMonth(int month) =>
        scan.In(month + 1, scan.Lexicon.ContractMonthNouns)
        || (scan.IsSymbol(month + 1, '-') && scan.Glued(month + 1) && scan.Glued(month + 2) && scan.In(month + 2, scan.Lexicon.ContractMonthNouns));

    /// <summary>
    /// The opening date of a timeline entry other than the last is dated by the timeline's order, not by
    /// the words after it ("Late November - Washington presents a plan": "plan" looks ahead of nothing).
    /// </summary>
    private TenseCue? HistoricPresent(int token) =>
        scan.TimelineAt(token) is { Last: false } line && scan.Tokens[token].Start < line.DateEnd ? TenseCue.Past : null;

    /// <summary>
    /// Past when a past form ends the two words before the date ("agreed in December", "who resigned
    /// in November"): the participle's own date, whatever tense the rest of the sentence is in.
    /// </summary>
    private TenseCue? ParticipleBefore(int token)
    {
        var words = 0;
        for (var i = token - 1; i >= 0 && words < ParticipleReach; i--)
        {
            if (scan.Tokens[i].Kind != TokenKind.Word)
            {
                return null;
            }
            words++;
            if (!scan.Tokens[i].Capitalized && HasPastSuffix(i) && !forms.IsObjectComplement(i))
            {
                return TenseCue.Past;
            }
        }
        return null;
    }

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
    private TenseCue? Nearest(int weekday, int step, bool suffixes)
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

    private bool HasPastSuffix(int i)
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
