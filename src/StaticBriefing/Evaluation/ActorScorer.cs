using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Actors as a set of ids and mentions as a set of (id, exact string) per brief. Gold mentions whose
/// string is not in the annotated text (bylines, stripped chrome) are out of scope, and so is an
/// actor with no mention left in scope.
/// </summary>
public static class ActorScorer
{
    public static (KindScore Actors, KindScore Mentions, int OutOfScope) Score(
        IReadOnlyList<GoldActor> gold, AnnotatedText predicted, TextLocator locator)
    {
        var goldMentions = new HashSet<string>(StringComparer.Ordinal);
        var goldIds = new HashSet<string>(StringComparer.Ordinal);
        var outOfScope = 0;
        foreach (var actor in gold)
        {
            foreach (var mention in actor.Mentions)
            {
                if (locator.Contains(mention, wholeWords: true))
                {
                    goldMentions.Add(Key(actor.Id, mention));
                    goldIds.Add(actor.Id);
                }
                else
                {
                    outOfScope++;
                }
            }
        }
        var predictedIds = predicted.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var predictedMentions = predicted.Actors
            .SelectMany(a => a.Mentions.Select(m => Key(a.Id, predicted.Text[m.Start..m.End])))
            .ToHashSet(StringComparer.Ordinal);
        return (KindScore.OfSets(predictedIds, goldIds), KindScore.OfSets(predictedMentions, goldMentions), outOfScope);
    }

    private static string Key(string id, string mention) => $"{id}: {TextLocator.Normalize(mention)}";
}
