using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// The party speaking in a sentence that lies inside an attributed quote ("We are ready …"), every
/// sentence of a quote that runs over several ("… grows for all of us. A ceasefire should be declared").
/// </summary>
public sealed class QuoteSpeakers
{
    private readonly Dictionary<int, IReadOnlyList<PartyRef>> bySentence = [];

    public QuoteSpeakers(EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes, EquatableArray<Sentence> sentences)
    {
        if (quotes.Count == 0)
        {
            return;
        }
        // The first actor of each id, as GroupBy's First was, with no groups built for every text.
        var byId = new Dictionary<string, ActorAnnotation>(actors.Count);
        foreach (var actor in actors)
        {
            byId.TryAdd(actor.Id, actor);
        }
        foreach (var quote in quotes)
        {
            if (quote.SpeakerId is not { } id || !byId.TryGetValue(id, out var actor) || actor.Party == PartyRef.NoParty)
            {
                continue;
            }
            for (var index = quote.Sentence; index < sentences.Count && sentences[index].Start < quote.End; index++)
            {
                bySentence.TryAdd(index, [new PartyRef(actor.Party, actor.Id)]);
            }
        }
    }

    public IReadOnlyList<PartyRef> SpeakerOf(Sentence sentence) => bySentence.GetValueOrDefault(sentence.Index) ?? [];
}
