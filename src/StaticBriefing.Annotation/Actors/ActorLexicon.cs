using StaticBriefing.Annotation.Actors.Yaml;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>The actor taxonomy (input/actors.yml), its parties (input/parties.yml) and cue words.</summary>
public sealed record ActorLexicon(EquatableArray<ActorDefinition> Actors)
{
    public EquatableArray<PartyDefinition> Parties { get; init; } = EquatableArray<PartyDefinition>.Empty;

    public MentionCues Cues { get; init; } = MentionCues.Empty;

    /// <summary>Parses and checks both files; any problem is a <see cref="DataFileException"/> naming file and line.</summary>
    public static ActorLexicon Parse(DataFile actors, DataFile parties)
    {
        var partyList = ParseParties(parties);
        var document = StrictYaml.Deserialize<ActorsDocument>(actors.Text, actors.Name);
        var definitions = ActorEntryChecker.Check(document.Actors, partyList, actors);
        return new ActorLexicon(definitions) { Parties = partyList, Cues = ToCues(document.Cues) };
    }

    private static EquatableArray<PartyDefinition> ParseParties(DataFile parties)
    {
        var document = StrictYaml.Deserialize<PartiesDocument>(parties.Text, parties.Name);
        var lines = YamlItemLines.Of(parties.Text, "parties");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PartyDefinition>();
        for (var i = 0; i < document.Parties.Count; i++)
        {
            var entry = document.Parties[i];
            if (!ActorEntryChecker.IsKebabId(entry.Id))
            {
                throw new DataFileException(parties.Name, lines.LineOf(i, "id"), "id", $"'{entry.Id}' is not a kebab-case id");
            }
            if (!seen.Add(entry.Id))
            {
                throw new DataFileException(parties.Name, lines.LineOf(i, "id"), "id", $"duplicate party id '{entry.Id}'");
            }
            result.Add(new PartyDefinition(entry.Id, entry.Name.Trim(), entry.PositionsUnder));
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].PositionsUnder is { } under && (under == result[i].Id || result.All(p => p.Id != under) || result.Any(p => p.Id == under && p.PositionsUnder is not null)))
            {
                throw new DataFileException(parties.Name, lines.LineOf(i, "positions_under"), "positions_under", $"'{under}' must be another party's id, one that files its own stances");
            }
        }
        return result.ToEquatableArray();
    }

    private static MentionCues ToCues(CuesEntry cues) => new()
    {
        Titles = cues.Titles.ToEquatableArray(),
        TitleModifiers = cues.TitleModifiers.ToEquatableArray(),
        AppositiveHeads = cues.AppositiveHeads.ToEquatableArray(),
        SpeechVerbs = cues.SpeechVerbs.ToEquatableArray(),
        OutletCues = cues.OutletCues.ToEquatableArray(),
        SourceCues = cues.SourceCues.ToEquatableArray(),
        BylineCues = cues.BylineCues.ToEquatableArray(),
        OrganisationWords = cues.OrganisationWords.ToEquatableArray(),
        OrganisationHeads = cues.OrganisationHeads.ToEquatableArray(),
        InstitutionHeads = cues.InstitutionHeads.ToEquatableArray(),
        NonNames = cues.NonNames.ToEquatableArray(),
        NameParticles = cues.NameParticles.ToEquatableArray(),
        NameConnectors = cues.NameConnectors.ToEquatableArray(),
        PlacePrepositions = cues.PlacePrepositions.ToEquatableArray(),
        Determiners = cues.Determiners.ToEquatableArray(),
        AnaphoricDeterminers = cues.AnaphoricDeterminers.ToEquatableArray(),
        AddressedDeterminers = cues.AddressedDeterminers.ToEquatableArray(),
        PossessivePronouns = cues.PossessivePronouns.ToEquatableArray(),
        PossessiveDeterminers = cues.PossessiveDeterminers.ToEquatableArray(),
        ClauseStops = cues.ClauseStops.ToEquatableArray(),
        RelativePronouns = cues.RelativePronouns.ToEquatableArray(),
        CollectiveNouns = cues.CollectiveNouns.ToEquatableArray(),
        GroupQuantifiers = cues.GroupQuantifiers.ToEquatableArray(),
        CounterpartNouns = cues.CounterpartNouns.ToEquatableArray(),
        AbstractNounPhrases = cues.AbstractNounPhrases.ToEquatableArray(),
        CurrencyNouns = cues.CurrencyNouns.ToEquatableArray(),
        MeasureHeads = cues.MeasureHeads.ToEquatableArray(),
        InstitutionNameEnds = cues.InstitutionNameEnds.ToEquatableArray(),
        CreditCues = cues.CreditCues.ToEquatableArray(),
        CopyrightCues = cues.CopyrightCues.ToEquatableArray(),
        OutletWords = cues.OutletWords.ToEquatableArray(),
        CourtesyTitles = cues.CourtesyTitles.ToEquatableArray(),
        RankModifiers = cues.RankModifiers.ToEquatableArray(),
        FirstPersonPossessives = cues.FirstPersonPossessives.ToEquatableArray(),
        SpeakerStateNouns = cues.SpeakerStateNouns.ToEquatableArray(),
        SpeakerPossessives = cues.SpeakerPossessives.ToEquatableArray(),
    };
}
