using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>
/// The cue words (from the <c>cues:</c> section of input/actors.yml) the recognizer uses to find and
/// delimit mentions the taxonomy does not list. See the comments in that file for each list.
/// </summary>
public sealed record MentionCues
{
    public static MentionCues Empty { get; } = new();

    public EquatableArray<string> Titles { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> TitleModifiers { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> AppositiveHeads { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> SpeechVerbs { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> OutletCues { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> SourceCues { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> BylineCues { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> OrganisationWords { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> OrganisationHeads { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> InstitutionHeads { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> NonNames { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> NameParticles { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> NameConnectors { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> PlacePrepositions { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> Determiners { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> AnaphoricDeterminers { get; init; } = EquatableArray<string>.Empty;

    /// <summary>"this Council": a determiner that points at the body a statement is made in or to.</summary>
    public EquatableArray<string> AddressedDeterminers { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> PossessivePronouns { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> PossessiveDeterminers { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> ClauseStops { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> RelativePronouns { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> CollectiveNouns { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> GroupQuantifiers { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> CounterpartNouns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Phrases ending in an institution noun that use it as an abstract word ("term of office", "left office").</summary>
    public EquatableArray<string> AbstractNounPhrases { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Currency nouns: a state's name before one is part of the currency ("U.S. dollars"), not a mention.</summary>
    public EquatableArray<string> CurrencyNouns { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Last words of measures' names ("Rating", "Index"): a name in them with an acronym is no organisation.</summary>
    public EquatableArray<string> MeasureHeads { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Last words that make a capitalised name of two or more words an organisation wherever it stands.</summary>
    public EquatableArray<string> InstitutionNameEnds { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> CreditCues { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> CopyrightCues { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> OutletWords { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> CourtesyTitles { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> RankModifiers { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> FirstPersonPossessives { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> SpeakerStateNouns { get; init; } = EquatableArray<string>.Empty;
    public EquatableArray<string> SpeakerPossessives { get; init; } = EquatableArray<string>.Empty;
}
