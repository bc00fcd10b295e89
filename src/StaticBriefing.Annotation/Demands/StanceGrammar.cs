using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>The function words the demand detector reads sentences with (input/stances.yml): knowledge of English, not of any article.</summary>
public sealed record StanceGrammar
{
    public static StanceGrammar Empty { get; } = new();

    /// <summary>Phrases right after a stance cue that name its agent ("by {agent}").</summary>
    public EquatableArray<string> AgentLinks { get; init; }

    public EquatableArray<string> Negators { get; init; }

    /// <summary>How many words before a stance cue a negator may stand.</summary>
    public int NegationWindow { get; init; } = 3;

    /// <summary>How many tokens after its cue a stance can govern an issue.</summary>
    public int MaxScope { get; init; } = 40;

    /// <summary>Words that end the scope of a stance and start a new clause ("while", "but", ";").</summary>
    public EquatableArray<string> ScopeEnds { get; init; }

    /// <summary>Words that start a clause with its own subject but do not end a scope ("that", "which").</summary>
    public EquatableArray<string> ClauseBreaks { get; init; }

    /// <summary>Sentence openers whose phrase up to the first comma is not the subject ("In contrast,", "With …,").</summary>
    public EquatableArray<string> Fronted { get; init; }

    /// <summary>Prepositions: a mention right after one is an object, not a subject.</summary>
    public EquatableArray<string> Prepositions { get; init; }

    public EquatableArray<string> Determiners { get; init; }

    /// <summary>Words that join listed issues ("and", ",", "along with", "such as").</summary>
    public EquatableArray<string> Coordinators { get; init; }

    /// <summary>Phrases after which an issue is not the object of the stance ("accused of", "prerequisite for").</summary>
    public EquatableArray<string> Shields { get; init; }

    /// <summary>The words that tell who speaks and how firmly ("the representative of", "if", "will not").</summary>
    public SpeechGrammar Speech { get; init; } = new();

    /// <summary>Phrases right after a demand verb that name whom it is addressed to ("demanded from {agent}"), not who demands.</summary>
    public EquatableArray<string> AddresseeLinks { get; init; }

    /// <summary>Phrases after an issue that name who provides it ("from {agent}"), for issues with a source stance.</summary>
    public EquatableArray<string> SourceLinks { get; init; }

    /// <summary>The parties a collective subject ("both sides") stands for.</summary>
    public EquatableArray<string> PrincipalParties { get; init; }

    public EquatableArray<string> Collectives { get; init; }

    /// <summary>Words that refer back to one issue ("this", "the proposal").</summary>
    public EquatableArray<string> SingularAnaphors { get; init; }

    /// <summary>Words that refer back to a list of demands ("these conditions").</summary>
    public EquatableArray<string> PluralAnaphors { get; init; }

    /// <summary>Verb phrases that repeat the stance and issue before them ("has yet to do so").</summary>
    public EquatableArray<string> ProVerbs { get; init; }

    /// <summary>Words that decide how a phrase refers back ("the invitation", "rejected this outright", "this proposal").</summary>
    public AnaphorWords Anaphora { get; init; } = AnaphorWords.Empty;

    public EquatableArray<string> Pronouns { get; init; }

    /// <summary>Nouns naming a proposal ("plan", "draft"): as a subject it speaks for its author, in proposals.</summary>
    public EquatableArray<string> ProposalDocuments { get; init; }

    /// <summary>Nouns naming a position paper ("memorandum"): as a subject it states its author's own stances.</summary>
    public EquatableArray<string> PositionDocuments { get; init; }

    /// <summary>How a stance reads when a document takes it ({demands: proposes}).</summary>
    public EquatableArray<StanceRemap> DocumentStanceMap { get; init; }

    /// <summary>Stance nouns that state nothing of their own as the object of a stance verb ("rejected any suggestion").</summary>
    public EquatableArray<string> StanceNouns { get; init; }

    /// <summary>Word endings of a participle ("offering"), which after a comma takes the last stance's party.</summary>
    public EquatableArray<string> ParticipleEndings { get; init; }

    /// <summary>Endings of a past participle opening a side clause after a comma (", drafted by X,").</summary>
    public EquatableArray<string> PastParticipleEndings { get; init; }

    /// <summary>Pronouns that, in a quote, stand for its speaker ("we", "I"); other pronouns refer back.</summary>
    public EquatableArray<string> FirstPersonPronouns { get; init; }

    /// <summary>Title words that head a page in its issuer's voice, next to the issuer ("UK statement to …", "Statement by X").</summary>
    public EquatableArray<string> StatementHeadings { get; init; }

    /// <summary>"rather than", "instead of": the issue after one is turned down.</summary>
    public EquatableArray<string> Contrasts { get; init; }

    /// <summary>Words that end what a list item states; the rest of the item is its condition or gloss.</summary>
    public EquatableArray<string> ListItemEnds { get; init; }

    /// <summary>Words whose noun phrase dates a position rather than being its object ("after a ceasefire").</summary>
    public EquatableArray<string> TimeFrames { get; init; }

    /// <summary>Verbs that tie a subject to a document as its author ("handed over a memorandum that …").</summary>
    public EquatableArray<string> Authoring { get; init; }

    /// <summary>Words between a stance noun and its owner ("Ukraine's own plan"): the owner still owns it.</summary>
    public EquatableArray<string> NounModifiers { get; init; }

    /// <summary>Relative pronouns opening a side clause after a comma (", who …,").</summary>
    public EquatableArray<string> Relatives { get; init; }

    /// <summary>Words between a demand and its complement's verb besides the addressee ("urged X to accept", "demanded that X should accept").</summary>
    public EquatableArray<string> ComplementLinks { get; init; }

    /// <summary>Marks that end a question: "Did Kyiv cancel the election?" states no position.</summary>
    public EquatableArray<string> QuestionMarks { get; init; }

    /// <summary>Pronouns and nouns as objects ("them", "the allies"), which can be a demand's addressee.</summary>
    public EquatableArray<string> ObjectPronouns { get; init; }

    /// <summary>Links joining two clauses with subjects of their own (", and").</summary>
    public EquatableArray<string> ClauseJoins { get; init; }

    /// <summary>Auxiliary verbs between a subject and its stance verb ("has", "would").</summary>
    public EquatableArray<string> Auxiliaries { get; init; }

    /// <summary>Word endings of an adverb ("immediately"), allowed in a complement's link.</summary>
    public EquatableArray<string> AdverbEndings { get; init; }

    /// <summary>Words marking a plan's term ("would"): after a plan with a known author, its issues are the author's proposals.</summary>
    public EquatableArray<string> ProvisionModals { get; init; }

    /// <summary>"Ukraine would get …": what the other side gets under a plan, its author offers.</summary>
    public EquatableArray<string> ProvisionGains { get; init; }

    public Stance DocumentStance(Stance stance)
    {
        foreach (var remap in DocumentStanceMap)
        {
            if (remap.From == stance)
            {
                return remap.To;
            }
        }
        return stance;
    }

    /// <summary>"Ukrainian" → ukraine, for subjects that are not actors ("the Ukrainian memorandum").</summary>
    public EquatableArray<PartyAdjective> PartyAdjectives { get; init; }
}
