using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// The function words (input/stances.yml) that tell who speaks for whom and how firmly: whose words a
/// clause reports, whether it states, asks, refuses or only supposes.
/// </summary>
public sealed record SpeechGrammar
{
    /// <summary>Heads that speak for the party after them ("the representative of X"): X is no object there.</summary>
    public EquatableArray<string> Delegates { get; init; }

    /// <summary>Links before a predicate stance ("a truce is out of the question"): the clause's subject is its issue.</summary>
    public EquatableArray<string> Copulas { get; init; }

    /// <summary>Verbs that ask someone to act ("asked the allies to send …"): what they are asked to do is demanded.</summary>
    public EquatableArray<string> RequestVerbs { get; init; }

    /// <summary>Negated futures that refuse ("we will not withdraw"), unlike a habit ("we don't negotiate under bombs").</summary>
    public EquatableArray<string> Refusals { get; init; }

    /// <summary>Openers of a clause that only supposes ("if Moscow agrees to a truce"): what it supposes is the main clause's condition.</summary>
    public EquatableArray<string> Hypotheticals { get; init; }

    /// <summary>Speech verbs a reported clause may follow without "that" ("said Moscow had agreed …"): no addressee comes between.</summary>
    public EquatableArray<string> ReportingVerbs { get; init; }
}
