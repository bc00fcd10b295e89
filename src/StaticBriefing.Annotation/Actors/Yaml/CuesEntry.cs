namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>The <c>cues:</c> section of input/actors.yml as written; every list is required.</summary>
internal sealed class CuesEntry
{
    public required List<string> Titles { get; set; }
    public required List<string> TitleModifiers { get; set; }
    public required List<string> AppositiveHeads { get; set; }
    public required List<string> SpeechVerbs { get; set; }
    public required List<string> OutletCues { get; set; }
    public required List<string> SourceCues { get; set; }
    public required List<string> BylineCues { get; set; }
    public required List<string> OrganisationWords { get; set; }
    public required List<string> OrganisationHeads { get; set; }
    public required List<string> InstitutionHeads { get; set; }
    public required List<string> NonNames { get; set; }
    public required List<string> NameParticles { get; set; }
    public required List<string> NameConnectors { get; set; }
    public required List<string> PlacePrepositions { get; set; }
    public required List<string> Determiners { get; set; }
    public required List<string> AnaphoricDeterminers { get; set; }
    public List<string> AddressedDeterminers { get; set; } = [];
    public required List<string> PossessivePronouns { get; set; }
    public required List<string> PossessiveDeterminers { get; set; }
    public required List<string> ClauseStops { get; set; }
    public required List<string> RelativePronouns { get; set; }
    public required List<string> CollectiveNouns { get; set; }
    public required List<string> GroupQuantifiers { get; set; }
    public required List<string> CounterpartNouns { get; set; }
    public List<string> AbstractNounPhrases { get; set; } = [];
    public List<string> CurrencyNouns { get; set; } = [];

    /// <summary>Optional: last words of the names of measures and instruments ("Issuer Default Rating (IDR)"), which an acronym does not make an organisation.</summary>
    public List<string> MeasureHeads { get; set; } = [];

    /// <summary>Optional: last words that make a capitalised name of two or more words an organisation ("Marine War Risks Committee").</summary>
    public List<string> InstitutionNameEnds { get; set; } = [];
    public required List<string> CreditCues { get; set; }
    public required List<string> CopyrightCues { get; set; }
    public required List<string> OutletWords { get; set; }

    /// <summary>Optional: titles of address (Mr, Ms, Dr), whose surname is no mention of its own.</summary>
    public List<string> CourtesyTitles { get; set; } = [];

    /// <summary>Optional: modifiers that make a title another rank (vice, deputy): "the president" is not the vice president.</summary>
    public List<string> RankModifiers { get; set; } = [];

    /// <summary>Optional: first-person possessives that open an apposition before a name ("Our guest, NAME,").</summary>
    public List<string> FirstPersonPossessives { get; set; } = [];

    /// <summary>Optional: nouns that "his"/"her" turn into the state of an unnamed official who opens the paragraph ("her Government").</summary>
    public List<string> SpeakerStateNouns { get; set; } = [];

    /// <summary>Optional: the possessives that stand for such an official ("his", "her").</summary>
    public List<string> SpeakerPossessives { get; set; } = [];
}
