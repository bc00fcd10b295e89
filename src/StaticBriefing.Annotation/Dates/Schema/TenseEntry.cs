namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>Cue words that tell whether a bare weekday looks back or forward.</summary>
public sealed class TenseEntry
{
    public required List<string> Future { get; init; }

    public required List<string> Past { get; init; }

    public required List<string> PastSuffixes { get; init; }

    /// <summary>Optional: "has", "have": a past form after one is a present perfect, which looks ahead to a weekday.</summary>
    public List<string> PerfectAuxiliaries { get; init; } = [];

    /// <summary>Optional: modals that look back before "have" ("would have given", "could have signed"): a past counterfactual or guess.</summary>
    public List<string> ModalPerfects { get; init; } = [];

    /// <summary>Optional: "to" before a verb: a date after "agreed to meet" belongs to the meeting, which lies ahead of the agreement.</summary>
    public List<string> InfinitiveMarkers { get; init; } = [];

    /// <summary>Optional: words after an infinitive marker that show it is a preposition ("to the", "to his").</summary>
    public List<string> NotInfinitives { get; init; } = [];

    /// <summary>Optional: "keep", "get": a past participle after one and its object is a state, not a past cue ("keep the army paid").</summary>
    public List<string> ObjectComplementVerbs { get; init; } = [];

    /// <summary>Optional: verbs whose object stands before them, a past form right after them completing it ("which Kallas wants adopted in September").</summary>
    public List<string> FrontedObjectVerbs { get; init; } = [];

    /// <summary>Optional: the auxiliary of a passive infinitive ("to be paid in October"), which looks ahead like an active one.</summary>
    public List<string> PassiveAuxiliaries { get; init; } = [];

    /// <summary>Optional: present forms that schedule ("meets in London on Friday"): ahead, except in a timeline or after a past auxiliary ("did not meet").</summary>
    public List<string> ScheduledPresent { get; init; } = [];

    /// <summary>Optional: present forms of "be" ("is pencilled in for late November"): the clause is in the present, so no later attribution ("…, diplomats said") dates it.</summary>
    public List<string> Present { get; init; } = [];

    /// <summary>Optional: prepositions that always look back from the reference ("since January").</summary>
    public List<string> PastPrepositions { get; init; } = [];

    public required int Window { get; init; }

    public required string DefaultDirection { get; init; }
}
