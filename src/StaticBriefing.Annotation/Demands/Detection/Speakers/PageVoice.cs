using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Whose voice the page speaks in where no quotation, label or attribution gives a sentence to anyone else.
/// A title that quotes its speaker (an interview, an op-ed) or names a statement's issuer gives the page that
/// actor's voice, whoever publishes it, once the body speaks in its own first person (<see cref="FirstPersonBody"/>);
/// otherwise a page published by an actor of known party speaks in the publisher's.
/// </summary>
public static class PageVoice
{
    public static IReadOnlyList<PartyRef> Of(CompiledDemandLexicon lexicon, TokenizedText tokenized, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes, ActorAnnotation? publisher)
    {
        if (tokenized.Sentences.Count > 0)
        {
            var title = tokenized.Sentences[0].Tokens;
            var speaker = QuotedTitle.Speaker(tokenized.Text, title.Sentence, actors) ?? StatementTitle.Issuer(lexicon, title);
            if (speaker is not null && FirstPersonBody.Holds(lexicon, tokenized, quotes))
            {
                return [new PartyRef(speaker.Party, speaker.Id)];
            }
        }
        return publisher is null || publisher.Party == PartyRef.NoParty ? [] : [new PartyRef(publisher.Party, publisher.Id)];
    }
}
