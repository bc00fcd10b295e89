namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>What a phrase found by the lexicon scan is.</summary>
internal enum HitKind
{
    Name,
    TitleDescription,
    Adjective,
    Noun,
    PossessedNoun,
    TitleWord,
    OutletCue,
    SourceCue,
    SpeechVerb,
    OrganisationHead,
    CollectiveNoun,
    CounterpartNoun,
    CreditCue,
    AbstractNounPhrase,
}
