using System.Globalization;
using System.Text;

namespace StaticBriefing.Evaluation;

/// <summary>The evaluation as a plain-text table: totals per kind, then one row per seed.</summary>
public static class ReportTable
{
    public static string Render(EvaluationReport report, bool details)
    {
        var text = new StringBuilder();
        Line(text, $"{"kind",-14} {"P",6} {"R",6} {"F1",6}   correct/predicted/gold");
        Row(text, "actors", report.Actors);
        Row(text, "mentions", report.Mentions);
        Row(text, "dates (span)", report.Dates);
        Row(text, "demands", report.Demands);
        Row(text, "claims", report.Claims);
        Line(text, $"{"metadata",-14} accuracy {Ratio(report.Metadata)}");
        Line(text, $"{"date values",-14} accuracy {Ratio(report.DateValues)} (over matched spans)");
        Line(text, $"{"claim who",-14} accuracy {Ratio(report.ClaimSpeakers)} (over matched claims)");
        Line(text, $"{"claim disputed",-14} accuracy {Ratio(report.ClaimDisputedBy)} (over matched claims)");
        Line(text, $"gold mentions out of scope (not in cleaned text): {report.MentionsOutOfScope}");
        Line(text, $"chrome: gold boilerplate lines remaining {report.BoilerplateRemaining}, gold demand sentences lost {report.DemandSentencesLost}");
        var noted = report.Seeds.Count(s => s.Note is not null);
        if (noted > 0)
        {
            // Scores of these seeds were helped by the gold: say so where the numbers are read.
            Line(text, $"NOTE: {noted} of {report.Seeds.Count} seeds had a note (see the note column), e.g. no publication date found, annotated against the gold date");
        }
        Line(text, "");
        Line(text, $"{"seed",-22} {"meta",5} {"actors",6} {"mentns",6} {"dates",6} {"values",6} {"demnds",6} {"claims",6} {"chrome",6}  note");
        foreach (var seed in report.Seeds)
        {
            var row = $"{seed.Id,-22} {seed.MetadataAccuracy.Correct,2}/{seed.MetadataAccuracy.Total,-2} {F(seed.Actors.Tally.F1),6} {F(seed.Mentions.Tally.F1),6} "
                + $"{F(seed.Dates.Tally.F1),6} {F(seed.DateValues.Value),6} {F(seed.Demands.Tally.F1),6} {F(seed.Claims.Sentences.Tally.F1),6} {seed.BoilerplateRemaining.Count + seed.DemandSentencesLost.Count,6}";
            Line(text, seed.Note is null ? row : $"{row}  {seed.Note}");
        }
        if (details)
        {
            foreach (var seed in report.Seeds)
            {
                Details(text, seed);
            }
        }
        return text.ToString();
    }

    private static void Details(StringBuilder text, SeedScore seed)
    {
        Line(text, "");
        Line(text, $"== {seed.Id}{(seed.Note is null ? "" : $" ({seed.Note})")}");
        foreach (var field in seed.Metadata.Where(f => !f.IsRight))
        {
            Line(text, $"  metadata {field.Field}: ours {field.Actual ?? "null"}, gold {field.Expected ?? "null"}");
        }
        List(text, "actors missed", seed.Actors.Missed);
        List(text, "actors spurious", seed.Actors.Spurious);
        List(text, "mentions missed", seed.Mentions.Missed);
        List(text, "mentions spurious", seed.Mentions.Spurious);
        List(text, "dates missed", seed.Dates.Missed);
        List(text, "dates spurious", seed.Dates.Spurious);
        List(text, "date values wrong", seed.WrongDateValues);
        List(text, "demands missed", seed.Demands.Missed);
        List(text, "demands spurious", seed.Demands.Spurious);
        List(text, "claims missed", seed.Claims.Sentences.Missed);
        List(text, "claims spurious", seed.Claims.Sentences.Spurious);
        List(text, "claim who wrong", seed.Claims.WrongSpeakers);
        List(text, "claim disputed_by wrong", seed.Claims.WrongDisputedBy);
        List(text, "boilerplate remaining", seed.BoilerplateRemaining);
        List(text, "demand sentences lost", seed.DemandSentencesLost);
    }

    private static void List(StringBuilder text, string label, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            Line(text, $"  {label} ({items.Count}):");
            foreach (var item in items)
            {
                Line(text, $"    {item}");
            }
        }
    }

    private static void Row(StringBuilder text, string kind, Tally tally) =>
        Line(text, $"{kind,-14} {F(tally.Precision),6} {F(tally.Recall),6} {F(tally.F1),6}   {tally.Correct}/{tally.Predicted}/{tally.Gold}");

    private static string Ratio(Accuracy accuracy) => $"{F(accuracy.Value)} ({accuracy.Correct}/{accuracy.Total})";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
