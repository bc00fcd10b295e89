using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// A predicted claim matches a gold one (one-to-one) when the predicted claim's sentence overlaps the
/// gold sentence; who and disputed_by are then judged over the matched pairs. Where several unused
/// predictions overlap a gold sentence, the one agreeing on most of who/disputed_by is taken (then the
/// earliest), so two claims in one sentence are not paired crosswise. Gold claims whose sentence is
/// not in the annotated text count as missed.
/// </summary>
public static class ClaimScorer
{
    public static ClaimScore Score(IReadOnlyList<GoldClaim> gold, AnnotatedText predicted, TextLocator locator, string? headline = null)
    {
        var parties = PartiesOf(predicted);
        var candidates = predicted.Claims.Select(c => (Claim: c, Span: SentenceSpan(predicted, c))).ToList();
        var used = new bool[candidates.Count];
        var missed = new List<string>();
        var wrongSpeakers = new List<string>();
        var wrongDisputes = new List<string>();
        int matched = 0, speakers = 0, disputes = 0;
        foreach (var claim in gold)
        {
            var sentence = locator.Find(claim.Sentence, 0, wholeWords: false);
            var match = -1;
            var best = -1;
            for (var i = 0; sentence is { } span && i < candidates.Count; i++)
            {
                if (used[i] || !candidates[i].Span.Overlaps(span))
                {
                    continue;
                }
                var agreement = Agreement(candidates[i].Claim, claim, parties);
                if (agreement > best)
                {
                    (match, best) = (i, agreement);
                }
            }
            if (match < 0)
            {
                var why = sentence is not null ? "" : Headline.Is(claim.Sentence, headline) ? Headline.NotAnnotated : " (sentence not in text)";
                missed.Add($"{Describe(claim.Who, claim.DisputedBy)} | {Excerpt(claim.Sentence)}{why}");
                continue;
            }
            used[match] = true;
            matched++;
            var predictedClaim = candidates[match].Claim;
            if (SameSide(predictedClaim.Who, claim.Who, parties))
            {
                speakers++;
            }
            else
            {
                wrongSpeakers.Add($"ours {predictedClaim.Who}, gold {claim.Who} | {Excerpt(claim.Sentence)}");
            }
            if (SameSide(predictedClaim.DisputedBy, claim.DisputedBy, parties))
            {
                disputes++;
            }
            else
            {
                wrongDisputes.Add($"ours {predictedClaim.DisputedBy ?? "null"}, gold {claim.DisputedBy ?? "null"} | {Excerpt(claim.Sentence)}");
            }
        }
        var spurious = candidates.Where((_, i) => !used[i])
            .Select(c => $"{Describe(c.Claim.Who, c.Claim.DisputedBy)} | {Excerpt(predicted.Text[c.Span.Start..c.Span.End])}")
            .ToEquatableArray();
        return new ClaimScore(
            new KindScore(new Tally(matched, candidates.Count, gold.Count), missed.ToEquatableArray(), spurious),
            new Accuracy(speakers, matched),
            wrongSpeakers.ToEquatableArray(),
            new Accuracy(disputes, matched),
            wrongDisputes.ToEquatableArray());
    }

    /// <summary>
    /// Equal values agree, and a predicted actor id agrees with a gold party value when that actor's
    /// party is the value (the gold may name the side where we name the person). Null agrees only with null.
    /// </summary>
    public static bool SameSide(string? ours, string? gold, IReadOnlyDictionary<string, string> partyOfActor) =>
        ours is null || gold is null
            ? ours is null && gold is null
            : string.Equals(ours, gold, StringComparison.Ordinal)
                || (partyOfActor.TryGetValue(ours, out var party) && string.Equals(party, gold, StringComparison.Ordinal));

    private static int Agreement(ClaimAnnotation ours, GoldClaim gold, IReadOnlyDictionary<string, string> parties) =>
        (SameSide(ours.Who, gold.Who, parties) ? 1 : 0) + (SameSide(ours.DisputedBy, gold.DisputedBy, parties) ? 1 : 0);

    private static Dictionary<string, string> PartiesOf(AnnotatedText predicted)
    {
        var parties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actor in predicted.Actors)
        {
            parties.TryAdd(actor.Id, actor.Party);
        }
        return parties;
    }

    private static TextSpan SentenceSpan(AnnotatedText predicted, ClaimAnnotation claim) =>
        claim.Sentence >= 0 && claim.Sentence < predicted.Sentences.Count
            ? new TextSpan(predicted.Sentences[claim.Sentence].Start, predicted.Sentences[claim.Sentence].End)
            : new TextSpan(claim.Start, claim.End);

    private static string Describe(string who, string? disputedBy) => disputedBy is null ? who : $"{who} (disputed by {disputedBy})";

    private static string Excerpt(string sentence)
    {
        var text = TextLocator.Normalize(sentence);
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
