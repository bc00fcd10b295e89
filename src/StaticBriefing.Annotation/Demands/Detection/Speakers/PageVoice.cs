using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Whose voice the page speaks in where no quotation, label or attribution gives a sentence to anyone else:
/// an interview or op-ed under its speaker's quoted title speaks in that speaker's voice, whoever publishes
/// it; otherwise a page published by an actor of known party speaks in the publisher's.
/// </summary>
public static class PageVoice
{
    public static IReadOnlyList<PartyRef> Of(CompiledDemandLexicon lexicon, TokenizedText tokenized, EquatableArray<ActorAnnotation> actors, ActorAnnotation? publisher) =>
        TitleVoice.Of(lexicon, tokenized, actors) is { Count: > 0 } titled ? titled
        : publisher is null || publisher.Party == PartyRef.NoParty ? []
        : [new PartyRef(publisher.Party, publisher.Id)];
}
