namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Words that refer back to issues named earlier.</summary>
public sealed class AnaphorLists
{
    public required List<string> Singular { get; init; }

    public required List<string> Plural { get; init; }

    /// <summary>Verb phrases that repeat the stance and issue before them ("has yet to do so").</summary>
    public List<string> ProVerbs { get; init; } = [];

    /// <summary>Determiners before a noun an issue is referred to as ("the invitation", "such exchanges"); not "a", which introduces.</summary>
    public List<string> ReferenceDeterminers { get; init; } = [];

    /// <summary>Adverbs (besides function words) after which "this" is still a pronoun: "rejected this outright".</summary>
    public List<string> PronounAdverbs { get; init; } = [];

    /// <summary>Nouns for something put forward ("this proposal", "the offer"): such an anaphor means the issue last proposed or offered.</summary>
    public List<string> OfferedNouns { get; init; } = [];

    /// <summary>Nouns an appositive restates what was just named with ("…, a condition Kyiv rejected").</summary>
    public List<string> RestatingNouns { get; init; } = [];
}
