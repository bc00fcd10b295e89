using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Relaxed span matching: gold body dates are located in order in the annotated text (as many as
/// an order-keeping placement can find, <see cref="OrderedLocator"/>), then each is
/// matched one-to-one to the first unmatched predicted date that overlaps it. Values are judged
/// over the matched pairs only, equivalent durations counting as equal (P1DE = P10Y). Gold dates not found in the text count as missed.
/// The gold lists headline dates first; when the text does not carry the headline (a sidecar
/// replaced the title), those the headline holds are missed without moving the cursor through the body.
/// </summary>
public static class DateScorer
{
    public static (KindScore Spans, Accuracy Values, EquatableArray<string> WrongValues) Score(IReadOnlyList<GoldDate> gold, AnnotatedText predicted, TextLocator locator, string? headline = null)
    {
        var body = gold.Where(d => d.IsBody).ToList();
        var inHeadline = headline is null || locator.Contains(headline) ? null : new TextLocator(headline);
        var headlineCursor = 0;
        var inText = new List<GoldDate>();
        var missed = new List<string>();
        foreach (var date in body)
        {
            if (inHeadline?.Find(date.Text, headlineCursor, wholeWords: true) is { } there)
            {
                headlineCursor = there.End;
                missed.Add($"{date.Text} = {date.Value}{Headline.NotAnnotated}");
                continue;
            }
            inHeadline = null;
            inText.Add(date);
        }
        var spans = OrderedLocator.Place([.. inText.Select(d => d.Text)], locator);
        var located = inText.Select((date, i) => (Date: date, Span: spans[i])).ToList();
        var used = new bool[predicted.Dates.Count];
        var wrongValues = new List<string>();
        var correct = 0;
        var rightValues = 0;
        foreach (var (date, span) in located)
        {
            var match = span is { } s ? FirstOverlap(predicted.Dates, used, s) : -1;
            if (match < 0)
            {
                missed.Add(span is not null ? $"{date.Text} = {date.Value} @{span.Value.Start}"
                    : locator.Contains(date.Text, wholeWords: true) ? $"{date.Text} = {date.Value} (not in text in gold order)"
                    : $"{date.Text} = {date.Value} (not in text)");
                continue;
            }
            used[match] = true;
            correct++;
            var value = predicted.Dates[match].Value;
            if (TimexEquivalence.Same(value, date.Value))
            {
                rightValues++;
            }
            else
            {
                wrongValues.Add($"{date.Text}: {value}, gold {date.Value}");
            }
        }
        var spurious = predicted.Dates.Where((_, i) => !used[i])
            .Select(d => $"{predicted.Text[d.Start..d.End]} = {d.Value} @{d.Start}")
            .ToEquatableArray();
        var tally = new Tally(correct, predicted.Dates.Count, body.Count);
        return (new KindScore(tally, missed.ToEquatableArray(), spurious), new Accuracy(rightValues, correct), wrongValues.ToEquatableArray());
    }

    private static int FirstOverlap(EquatableArray<DateAnnotation> dates, bool[] used, TextSpan span)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            if (!used[i] && span.Overlaps(new TextSpan(dates[i].Start, dates[i].End)))
            {
                return i;
            }
        }
        return -1;
    }
}
