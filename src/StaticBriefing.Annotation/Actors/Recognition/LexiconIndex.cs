using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The lexicon compiled once for scanning: one trie over every alias, title, adjective, noun and
/// cue phrase, the (country, noun) table of composed descriptions, and word sets for the cues.
/// </summary>
internal sealed class LexiconIndex
{
    private readonly Dictionary<(string Country, string Noun), int> nouns = [];
    private readonly HashSet<string> nounPhrases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> nounHolders = new(StringComparer.OrdinalIgnoreCase);

    public LexiconIndex(ActorLexicon lexicon)
    {
        Actors = lexicon.Actors.AsImmutableArray();
        Reviewed = new ReviewedActors(Actors);
        var cues = lexicon.Cues;
        for (var i = 0; i < Actors.Length; i++)
        {
            AddActor(i, Actors[i]);
        }
        AddCues(cues.Titles, HitKind.TitleWord);
        AddCues(cues.OutletCues, HitKind.OutletCue);
        AddCues(cues.SourceCues, HitKind.SourceCue);
        AddCues(cues.SpeechVerbs, HitKind.SpeechVerb);
        AddCues(cues.OrganisationHeads, HitKind.OrganisationHead);
        AddCues(cues.CollectiveNouns, HitKind.CollectiveNoun);
        AddCues(cues.CounterpartNouns, HitKind.CounterpartNoun);
        AddCues(cues.AbstractNounPhrases, HitKind.AbstractNounPhrase);
        AddCues(cues.CreditCues, HitKind.CreditCue);
        Titles = new WordSet(cues.Titles, ignoreCase: true);
        TitleModifiers = new WordSet(cues.TitleModifiers, ignoreCase: true);
        RoleWords = new WordSet(cues.Titles.Concat(cues.AppositiveHeads), ignoreCase: true);
        SpeechVerbs = new WordSet(cues.SpeechVerbs, ignoreCase: true);
        Bylines = new WordSet(cues.BylineCues, ignoreCase: false);
        OrganisationWords = new WordSet(cues.OrganisationWords, ignoreCase: false);
        InstitutionHeads = new WordSet(cues.InstitutionHeads, ignoreCase: false);
        NonNames = new WordSet(cues.NonNames, ignoreCase: false);
        Particles = new WordSet(cues.NameParticles, ignoreCase: false);
        Connectors = new WordSet(cues.NameConnectors, ignoreCase: false);
        PlacePrepositions = new WordSet(cues.PlacePrepositions, ignoreCase: true);
        CurrencyNouns = new WordSet(cues.CurrencyNouns, ignoreCase: true);
        MeasureHeads = new WordSet(cues.MeasureHeads, ignoreCase: false);
        InstitutionNameEnds = new WordSet(cues.InstitutionNameEnds, ignoreCase: false);
        Determiners = new WordSet(cues.Determiners, ignoreCase: true);
        AnaphoricDeterminers = new WordSet(cues.AnaphoricDeterminers, ignoreCase: true);
        AddressedDeterminers = new WordSet(cues.AddressedDeterminers, ignoreCase: true);
        PossessivePronouns = new WordSet(cues.PossessivePronouns, ignoreCase: true);
        PossessiveDeterminers = new WordSet(cues.PossessiveDeterminers, ignoreCase: true);
        ClauseStops = new WordSet(cues.ClauseStops, ignoreCase: true);
        RelativePronouns = new WordSet(cues.RelativePronouns, ignoreCase: true);
        GroupQuantifiers = new WordSet(cues.GroupQuantifiers, ignoreCase: true);
        OutletWords = new WordSet(cues.OutletWords, ignoreCase: false);
        CourtesyTitles = new WordSet(cues.CourtesyTitles, ignoreCase: true);
        RankModifiers = new WordSet(cues.RankModifiers, ignoreCase: true);
        FirstPersonPossessives = new WordSet(cues.FirstPersonPossessives, ignoreCase: true);
        SpeakerStateNouns = new WordSet(cues.SpeakerStateNouns, ignoreCase: true);
        SpeakerPossessives = new WordSet(cues.SpeakerPossessives, ignoreCase: true);
        CopyrightCues = [.. cues.CopyrightCues];
    }

    public System.Collections.Immutable.ImmutableArray<ActorDefinition> Actors { get; }

    public ReviewedActors Reviewed { get; }

    public PhraseTrie<LexiconEntry> Trie { get; } = new();

    public WordSet Titles { get; }
    public WordSet TitleModifiers { get; }
    public WordSet RoleWords { get; }
    public WordSet SpeechVerbs { get; }
    public WordSet Bylines { get; }
    public WordSet OrganisationWords { get; }

    /// <summary>Head nouns that "the court", "the bank" take up from an institution named before.</summary>
    public WordSet InstitutionHeads { get; }
    public WordSet NonNames { get; }
    public WordSet Particles { get; }
    public WordSet Connectors { get; }
    public WordSet PlacePrepositions { get; }
    public WordSet CurrencyNouns { get; }
    public WordSet MeasureHeads { get; }
    public WordSet InstitutionNameEnds { get; }
    public WordSet Determiners { get; }
    public WordSet AnaphoricDeterminers { get; }
    public WordSet AddressedDeterminers { get; }
    public WordSet PossessivePronouns { get; }
    public WordSet PossessiveDeterminers { get; }
    public WordSet ClauseStops { get; }
    public WordSet RelativePronouns { get; }
    public WordSet GroupQuantifiers { get; }
    public WordSet OutletWords { get; }
    public WordSet CourtesyTitles { get; }
    public WordSet RankModifiers { get; }
    public WordSet FirstPersonPossessives { get; }
    public WordSet SpeakerStateNouns { get; }
    public WordSet SpeakerPossessives { get; }
    public System.Collections.Immutable.ImmutableArray<string> CopyrightCues { get; }

    /// <summary>The actor a noun designates once tied to a country ("president" of russia), or -1.</summary>
    public int ActorForNoun(string country, string noun) =>
        nouns.TryGetValue((country, noun.ToLowerInvariant()), out var actor) ? actor : -1;

    /// <summary>The people whose role nouns include <paramref name="noun"/>, in any country.</summary>
    public IReadOnlyList<int> PeopleWithNoun(string noun) =>
        nounHolders.TryGetValue(noun, out var holders) ? holders : [];

    private void AddActor(int index, ActorDefinition actor)
    {
        foreach (var alias in actor.Aliases)
        {
            Trie.Add(alias, CaseRule.Exact, new LexiconEntry(HitKind.Name, index, alias));
            if (actor.Kind == ActorKind.Person && (FamilyFirstNames.Of(alias) ?? FamilyFirstNames.CapitalSurname(alias)) is { } officialForm)
            {
                Trie.Add(officialForm, CaseRule.Exact, new LexiconEntry(HitKind.Name, index, officialForm));
            }
        }
        foreach (var title in actor.Titles)
        {
            Trie.Add("the " + title, CaseRule.FirstLetterFree, new LexiconEntry(HitKind.TitleDescription, index, title));
        }
        foreach (var adjective in actor.Adjectives)
        {
            Trie.Add(adjective, CaseRule.Exact, new LexiconEntry(HitKind.Adjective, index, adjective));
        }
        foreach (var noun in actor.Nouns)
        {
            nouns[(actor.CountryKey, noun.ToLowerInvariant())] = index;
            if (actor.Kind == ActorKind.Person)
            {
                (nounHolders.TryGetValue(noun, out var holders) ? holders : nounHolders[noun] = []).Add(index);
            }
            if (nounPhrases.Add(noun))
            {
                Trie.Add(noun, CaseRule.Any, new LexiconEntry(HitKind.Noun, -1, noun.ToLowerInvariant()));
            }
        }
        foreach (var noun in actor.PossessedNouns)
        {
            Trie.Add(noun, CaseRule.Any, new LexiconEntry(HitKind.PossessedNoun, index, noun));
        }
    }

    private void AddCues(EquatableArray<string> phrases, HitKind kind)
    {
        foreach (var phrase in phrases)
        {
            Trie.Add(phrase, CaseRule.Any, new LexiconEntry(kind, -1, phrase));
        }
    }
}
