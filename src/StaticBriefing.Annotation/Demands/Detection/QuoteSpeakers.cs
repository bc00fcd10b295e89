using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>The party speaking in a sentence that lies inside an attributed quote ("We are ready …").</summary>
public sealed class QuoteSpeakers
{
    private readonly Dictionary<int, IReadOnlyList<PartyRef>> bySentence = [];

    public QuoteSpeakers(EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes)
    {
        var byId = actors.GroupBy(actor => actor.Id).ToDictionary(group => group.Key, group => group.First());
        foreach (var quote in quotes)
        {
            if (quote.SpeakerId is { } id && byId.TryGetValue(id, out var actor) && actor.Party != PartyRef.NoParty && !bySentence.ContainsKey(quote.Sentence))
            {
                bySentence[quote.Sentence] = [new PartyRef(actor.Party, actor.Id)];
            }
        }
    }

    public IReadOnlyList<PartyRef> SpeakerOf(Sentence sentence) => bySentence.GetValueOrDefault(sentence.Index) ?? [];
}
