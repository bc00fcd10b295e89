using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// A predicted demand matches a gold one (one-to-one) when their canonical (party, stance, issue)
/// triples are equal and the predicted demand's sentence overlaps the gold sentence. Gold demands
/// whose sentence is not in the annotated text (stripped, or the headline) count as missed.
/// </summary>
public static class DemandScorer
{
    public static KindScore Score(
        IReadOnlyList<GoldDemand> gold, AnnotatedText predicted, TextLocator locator, DemandEquivalences equivalences,
        string? headline = null)
    {
        var candidates = predicted.Demands
            .Select(d => (Triple: equivalences.Canonical(new DemandTriple(d.Party, StanceName(d.Stance), d.Issue)), Span: SentenceSpan(predicted, d)))
            .ToList();
        var used = new bool[candidates.Count];
        var missed = new List<string>();
        var correct = 0;
        foreach (var demand in gold)
        {
            var triple = equivalences.Canonical(new DemandTriple(demand.Party, demand.Stance, demand.Issue));
            var sentence = locator.Find(demand.Sentence, 0, wholeWords: false);
            var match = -1;
            for (var i = 0; sentence is { } span && match < 0 && i < candidates.Count; i++)
            {
                if (!used[i] && candidates[i].Triple == triple && candidates[i].Span.Overlaps(span))
                {
                    match = i;
                }
            }
            if (match < 0)
            {
                var why = sentence is not null ? "" : Headline.Is(demand.Sentence, headline) ? Headline.NotAnnotated : " (sentence not in text)";
                missed.Add($"{triple} | {Excerpt(demand.Sentence)}{why}");
                continue;
            }
            used[match] = true;
            correct++;
        }
        var spurious = candidates.Where((_, i) => !used[i])
            .Select(c => $"{c.Triple} | {Excerpt(predicted.Text[c.Span.Start..c.Span.End])}")
            .ToEquatableArray();
        return new KindScore(new Tally(correct, candidates.Count, gold.Count), missed.ToEquatableArray(), spurious);
    }

    public static string StanceName(Stance stance) => stance.ToString().ToLowerInvariant();

    private static TextSpan SentenceSpan(AnnotatedText predicted, DemandAnnotation demand) =>
        demand.Sentence >= 0 && demand.Sentence < predicted.Sentences.Count
            ? new TextSpan(predicted.Sentences[demand.Sentence].Start, predicted.Sentences[demand.Sentence].End)
            : new TextSpan(demand.Start, demand.End);

    private static string Excerpt(string sentence)
    {
        var text = TextLocator.Normalize(sentence);
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
