using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>The lexicon's phrase lists compiled into cue sets, once per detector.</summary>
public sealed class CompiledDemandLexicon
{
    public CompiledDemandLexicon(DemandLexicon lexicon)
    {
        Source = lexicon;
        Issues = new IssueCueTable(lexicon.Issues, Vocabulary);
        StanceCues = new CueSet(lexicon.Stances.Select(stance => CuePattern.CompileChecked(stance.Cue)), Vocabulary);
        StanceOf = lexicon.Stances.ToList();
        var grammar = lexicon.Grammar;
        Grammar = grammar;
        AgentLinks = Set(grammar.AgentLinks);
        SourceLinks = Set(grammar.SourceLinks);
        AddresseeLinks = Set(grammar.AddresseeLinks);
        Negators = Set(grammar.Negators);
        ScopeEnds = Set(grammar.ScopeEnds);
        ClauseBreaks = Set(grammar.ClauseBreaks);
        Fronted = Set(grammar.Fronted);
        Prepositions = Set(grammar.Prepositions);
        Determiners = Set(grammar.Determiners);
        Articles = grammar.Determiners.Where(word => !word.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Coordinators = Set(grammar.Coordinators);
        Shields = Set(grammar.Shields);
        Speech = new CompiledSpeechWords(grammar.Speech, Vocabulary);
        Collectives = Set(grammar.Collectives);
        SingularAnaphors = Set(grammar.SingularAnaphors);
        PluralAnaphors = Set(grammar.PluralAnaphors);
        ProVerbs = Set(grammar.ProVerbs);
        Pronouns = Set(grammar.Pronouns);
        Attributions = Set(lexicon.Claims.Attributions);
        Documents = Set(grammar.ProposalDocuments.Concat(grammar.PositionDocuments).ToEquatableArray());
        ProposalDocuments = Set(grammar.ProposalDocuments);
        StanceNouns = Set(grammar.StanceNouns);
        Contrasts = Set(grammar.Contrasts);
        ListItemEnds = Set(grammar.ListItemEnds);
        TimeFrames = Set(grammar.TimeFrames);
        Authoring = Set(grammar.Authoring);
        NounModifiers = Set(grammar.NounModifiers);
        Relatives = Set(grammar.Relatives);
        ComplementLinks = Set(grammar.ComplementLinks);
        ClauseJoins = Set(grammar.ClauseJoins);
        ObjectPronouns = Set(grammar.ObjectPronouns);
        Auxiliaries = Set(grammar.Auxiliaries);
        ProvisionModals = Set(grammar.ProvisionModals);
        ProvisionGains = Set(grammar.ProvisionGains);
        Disputes = Set(lexicon.Claims.Disputes);
        DoubtsBefore = Set(lexicon.Claims.DoubtsBefore);
        DoubtsAfter = Set(lexicon.Claims.DoubtsAfter);
        Quantifiers = Set(lexicon.Claims.Quantifiers);
        Magnitudes = Set(lexicon.Claims.Magnitudes);
        Currencies = lexicon.Claims.Currencies.ToHashSet(StringComparer.Ordinal);
        PartyAdjectives = grammar.PartyAdjectives.ToDictionary(a => a.Adjective, a => a.Party, StringComparer.Ordinal);
    }

    public DemandLexicon Source { get; }

    /// <summary>The words that start cues, shared by every cue set compiled here.</summary>
    public Vocabulary Vocabulary { get; } = new();

    public StanceGrammar Grammar { get; }

    public IssueCueTable Issues { get; }

    /// <summary>Every noun some issue is referred to as ("the invitation"): most words are none, and need no look back.</summary>
    public IReadOnlySet<string> ReferredNouns => field ??= Issues.IssueOf.SelectMany(issue => issue.ReferredToAs).ToHashSet(StringComparer.Ordinal);

    public CueSet StanceCues { get; }

    public IReadOnlyList<StanceCue> StanceOf { get; }

    public CueSet AgentLinks { get; }

    public CueSet SourceLinks { get; }

    public CueSet AddresseeLinks { get; }

    public CueSet Negators { get; }

    public CueSet ScopeEnds { get; }

    public CueSet ClauseBreaks { get; }

    public CueSet Fronted { get; }

    public CueSet Prepositions { get; }

    public CueSet Determiners { get; }

    /// <summary>Single-word determiners, which a mention slot may skip ("by the Kremlin").</summary>
    public IReadOnlySet<string> Articles { get; }

    public CueSet Coordinators { get; }

    public CueSet Shields { get; }

    public CompiledSpeechWords Speech { get; }

    public CueSet Collectives { get; }

    public CueSet SingularAnaphors { get; }

    public CueSet PluralAnaphors { get; }

    public CueSet ProVerbs { get; }

    public CueSet Pronouns { get; }

    /// <summary>Speech verbs ("said", "stated"): a clause after "said that" keeps the speaker as its subject.</summary>
    public CueSet Attributions { get; }

    public IReadOnlyDictionary<string, string> PartyAdjectives { get; }

    /// <summary>Every document noun, proposals and position papers alike.</summary>
    public CueSet Documents { get; }

    public CueSet ProposalDocuments { get; }

    public CueSet StanceNouns { get; }

    public CueSet Contrasts { get; }

    public CueSet ListItemEnds { get; }

    public CueSet TimeFrames { get; }

    public CueSet Authoring { get; }

    public CueSet NounModifiers { get; }

    public CueSet Relatives { get; }

    public CueSet ComplementLinks { get; }

    public CueSet ClauseJoins { get; }

    public CueSet ObjectPronouns { get; }

    public CueSet Auxiliaries { get; }

    public CueSet ProvisionModals { get; }

    public CueSet ProvisionGains { get; }

    public CueSet Disputes { get; }

    public CueSet DoubtsBefore { get; }

    public CueSet DoubtsAfter { get; }

    public CueSet Quantifiers { get; }

    public CueSet Magnitudes { get; }

    public IReadOnlySet<string> Currencies { get; }

    /// <summary>Compiles a cue list into a set sharing this lexicon's vocabulary (call before tokenising).</summary>
    private CueSet Set(EquatableArray<string> cues) => CueSet.Of(cues, Vocabulary);
}
