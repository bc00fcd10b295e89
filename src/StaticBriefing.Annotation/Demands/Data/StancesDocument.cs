namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The shape of input/stances.yml.</summary>
public sealed class StancesDocument
{
    public required StanceLists Stances { get; init; }

    public List<RestrictedCueEntry> Restricted { get; init; } = [];

    /// <summary>Modal cues ("must", "should", "could"): their party is the speaker, not the clause's subject.</summary>
    public ModalLists Modals { get; init; } = new();

    public ModalLists Verdicts { get; init; } = new();

    /// <summary>"only after", "not until": what comes before is held back, what follows is the condition.</summary>
    public List<string> Conditions { get; init; } = [];

    /// <summary>"the price of", "the key condition for": what stands before is demanded, what follows held back.</summary>
    public List<string> ConditionNouns { get; init; } = [];

    /// <summary>Nouns naming a document ("plan", "draft"); as a subject it speaks for its author.</summary>
    public DocumentLists Documents { get; init; } = new();

    /// <summary>How a document's stance reads ("the plan demands X": its author proposes X).</summary>
    public Dictionary<string, string> DocumentStances { get; init; } = [];

    /// <summary>Stance nouns that, as the object of a stance verb, state no stance of their own ("rejected any suggestion that …").</summary>
    public List<string> StanceNouns { get; init; } = [];

    /// <summary>Word endings of a participle ("offering"): after a comma it takes the last stance's party.</summary>
    public List<string> ParticipleEndings { get; init; } = [];

    /// <summary>Endings of a past participle opening a side clause after a comma (", drafted by X,").</summary>
    public List<string> PastParticipleEndings { get; init; } = [];

    /// <summary>Pronouns that, in a quote, stand for its speaker ("we", "I"); other pronouns refer back.</summary>
    public List<string> FirstPersonPronouns { get; init; } = [];

    /// <summary>Title words that head a page in its issuer's voice ("UK statement to …", "Statement by X").</summary>
    public List<string> StatementHeadings { get; init; } = [];

    /// <summary>"rather than", "instead of": the issue after one is what the party turns down.</summary>
    public List<string> Contrasts { get; init; } = [];

    /// <summary>Words that end what a list item states ("No ceasefire before a full agreement"): the rest is its condition or gloss.</summary>
    public List<string> ListItemEnds { get; init; } = [];

    /// <summary>"after", "following": the noun phrase after one dates the position ("troops after a ceasefire"); it is not its object.</summary>
    public List<string> TimeFrames { get; init; } = [];

    /// <summary>"handed over", "presented": the subject authored the document after one ("a memorandum that demands …" is theirs).</summary>
    public List<string> Authoring { get; init; } = [];

    /// <summary>Words that may stand between a stance noun and its owner ("Ukraine's own plan", "the US revised proposal").</summary>
    public List<string> NounModifiers { get; init; } = [];

    /// <summary>Relative pronouns: ", who …," is a side clause whose stance and negation stay inside it.</summary>
    public List<string> Relatives { get; init; } = [];

    /// <summary>Words that may stand between a demand and the verb of its complement besides the addressee ("that", "to", "should").</summary>
    public List<string> ComplementLinks { get; init; } = [];

    /// <summary>Marks that end a question ("?"): a sentence ending with one asks, it states no position.</summary>
    public List<string> QuestionMarks { get; init; } = [];

    /// <summary>Pronouns and nouns as objects ("them", "the allies"): an addressee of a demand ("urged them to accept").</summary>
    public List<string> ObjectPronouns { get; init; } = [];

    /// <summary>Links that join two clauses with subjects of their own (", and"): "X demanded A, and Y accepted B".</summary>
    public List<string> ClauseJoins { get; init; } = [];

    /// <summary>Auxiliary verbs that may stand between a subject and its stance verb ("has", "would").</summary>
    public List<string> Auxiliaries { get; init; } = [];

    /// <summary>Word endings of an adverb ("immediately"), which may stand in a complement's link too.</summary>
    public List<string> AdverbEndings { get; init; } = [];

    public required List<string> AgentLinks { get; init; }

    public required List<string> Negators { get; init; }

    public int NegationWindow { get; init; } = 3;

    public int MaxScope { get; init; } = 40;

    public required List<string> ScopeEnds { get; init; }

    public required List<string> ClauseBreaks { get; init; }

    public required List<string> Fronted { get; init; }

    public required List<string> Prepositions { get; init; }

    public required List<string> Determiners { get; init; }

    public required List<string> Coordinators { get; init; }

    public List<string> Shields { get; init; } = [];

    public List<string> Delegates { get; init; } = [];

    public List<string> Copulas { get; init; } = [];

    public List<string> RequestVerbs { get; init; } = [];

    public List<string> Refusals { get; init; } = [];

    public List<string> Hypotheticals { get; init; } = [];

    public List<string> ReportingVerbs { get; init; } = [];

    public List<string> SourceLinks { get; init; } = [];

    public List<string> AddresseeLinks { get; init; } = [];

    public required List<string> PrincipalParties { get; init; }

    public List<string> Collectives { get; init; } = [];

    public required AnaphorLists Anaphors { get; init; }

    public List<string> Pronouns { get; init; } = [];

    /// <summary>How the terms of a plan named just before are told ("Ukraine would …").</summary>
    public ProvisionLists Provisions { get; init; } = new();

    public Dictionary<string, string> PartyAdjectives { get; init; } = [];

    public required ClaimCueLists Claims { get; init; }
}
