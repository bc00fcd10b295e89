using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// The year of a month or season named without one, from the tense around it (<see cref="TenseDirection"/>),
/// the text's timeline and contract months, else the occurrence nearer the reference.
/// </summary>
internal sealed class MonthYearReader(ScanContext scan, TenseDirection tense)
{
    private const int ParticipleReach = 2;

    private const int HalfYear = 6;

    private readonly VerbForms forms = new(scan);

    private readonly ClauseTense clause = new(scan);

    /// <summary>
    /// The year of a month named without one: the reference year, unless an explicit tense word (not
    /// a mere "-ed" ending, except one just before the date: "the loan agreed in December") puts a
    /// later month in the past ("said in December") or an earlier one in the future ("will resume in January");
    /// with no tense word at all, the occurrence nearer the reference.
    /// </summary>
    /// <param name="nearMonth">The month that decides the nearer occurrence when no tense word does (a season's first month); <paramref name="month"/> by default.</param>
    public int Of(int token, int month, ReferenceDate reference, int? nearMonth = null)
    {
        if (reference.Month is not { } current || month == current)
        {
            return reference.Year;
        }
        if (ContractMonth(token))
        {
            return month > current ? reference.Year : reference.Year + 1;
        }
        var cue = HistoricPresent(token) ?? (clause.SinceBefore(token) ? TenseCue.Past : (TenseCue?)null) ?? tense.Nearest(token, -1, false) ?? ParticipleBefore(token)
            ?? (clause.PresentBefore(token) ? null : tense.Nearest(token, 1, false));
        // A timeline's lines run up to the reference: their present tense ("Dec. 28 - Trump hosts …") is historic.
        cue ??= scan.TimelineAt(token) is not null ? TenseCue.Past : null;
        return (month > current, cue) switch
        {
            (true, TenseCue.Past) => reference.Year - 1,
            (false, TenseCue.Future) => reference.Year + 1,
            (_, TenseCue.Past or TenseCue.Future) => reference.Year,
            // A regular past form in the clause before it ("returned to the White House in January") still dates it this year.
            _ => clause.OpensLine(token) || tense.Nearest(token, -1, true) == TenseCue.Past ? reference.Year : NearestYear(nearMonth ?? month, current, reference.Year),
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
            if (!scan.Tokens[i].Capitalized && tense.HasPastSuffix(i) && !forms.IsObjectComplement(i))
            {
                return TenseCue.Past;
            }
        }
        return null;
    }
}
