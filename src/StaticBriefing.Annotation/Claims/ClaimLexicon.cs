using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// Claim cues (the claims section of input/stances.yml): attribution phrases ("said",
/// "according to {agent}"), dispute phrases ("disputed", "denied"), and the words that make a
/// number a figure worth citing (quantifiers, magnitudes, currency signs).
/// </summary>
public sealed record ClaimLexicon(
    EquatableArray<string> Attributions,
    EquatableArray<string> Disputes,
    EquatableArray<string> Quantifiers,
    EquatableArray<string> Magnitudes,
    EquatableArray<string> Currencies)
{
    public static ClaimLexicon Empty { get; } = new(default, default, default, default, default);

    /// <summary>Words before an attribution by which the narrator doubts it ("despite claims by X").</summary>
    public EquatableArray<string> DoubtsBefore { get; init; }

    /// <summary>Words after an attribution by which the narrator rebuts it ("yet").</summary>
    public EquatableArray<string> DoubtsAfter { get; init; }

    /// <summary>
    /// Words that open a stated position rather than a claim when they head what is said
    /// ("said Kyiv would never accept", "said Moscow was ready to talk"): intent, ability, obligation.
    /// </summary>
    public EquatableArray<string> Positions { get; init; }

    /// <summary>Time units after a number: a duration ("30-day truce", "within 100 days") is a term, not a figure.</summary>
    public EquatableArray<string> Durations { get; init; }

    /// <summary>Words opening what is said as a clause ("said (on Tuesday) that …").</summary>
    public EquatableArray<string> Complementizers { get; init; }

    /// <summary>Words before a speech verb that make it an infinitive ("chose to say"), which states nothing.</summary>
    public EquatableArray<string> InfinitiveMarkers { get; init; }
}
