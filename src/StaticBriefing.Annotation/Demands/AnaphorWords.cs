using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>Single words that decide how a phrase refers back (the <c>anaphors:</c> lists of input/stances.yml), lowercase.</summary>
public sealed record AnaphorWords
{
    public static AnaphorWords Empty { get; } = new();

    /// <summary>Determiners that make a noun refer back to an issue ("the invitation", "such exchanges"); not "a".</summary>
    public EquatableArray<string> ReferenceDeterminers { get; init; }

    /// <summary>Adverbs after which a demonstrative is still a pronoun ("rejected this outright"), not a determiner.</summary>
    public EquatableArray<string> PronounAdverbs { get; init; }

    /// <summary>Nouns for something put forward: "this proposal" means the issue last proposed or offered.</summary>
    public EquatableArray<string> OfferedNouns { get; init; }

    /// <summary>Nouns an appositive restates what was just named with: "…, a condition Kyiv rejected" rejects it.</summary>
    public EquatableArray<string> RestatingNouns { get; init; }
}
