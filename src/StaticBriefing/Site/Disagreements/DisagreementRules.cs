using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// The vocabulary the disagreement finder works with, from input/disagreements.yml: event words,
/// statement verbs, additive words (all lower case) and how many days apart one event's dates may be.
/// </summary>
public sealed record DisagreementRules(
    EquatableArray<EventKind> Events,
    EquatableArray<string> StatementVerbs,
    EquatableArray<string> AdditiveWords,
    int SameEventWithinDays)
{
    public const string FileName = "input/disagreements.yml";

    /// <summary>No vocabulary: dates are never grouped into events; figures are still compared.</summary>
    public static DisagreementRules None { get; } = new(EquatableArray<EventKind>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, 0);

    public static DisagreementRules Parse(DataFile file)
    {
        var data = StrictYaml.Deserialize<DisagreementRulesFile>(file.Text, file.Name);
        if (data.SameEventWithinDays is < 0 or > 31)
        {
            throw new DataFileException(file.Name, null, "same_event_within_days", "must be between 0 and 31");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in data.Events)
        {
            if (!ids.Add(kind.Id))
            {
                throw new DataFileException(file.Name, null, "events", $"event id '{kind.Id}' is defined twice");
            }
        }
        return new DisagreementRules(
            data.Events.Select(kind => new EventKind(kind.Id, kind.Label, Lower(kind.Words))).ToEquatableArray(),
            Lower(data.StatementVerbs),
            Lower(data.AdditiveWords),
            data.SameEventWithinDays);
    }

    private static EquatableArray<string> Lower(IEnumerable<string> words) =>
        words.Select(word => word.Trim().ToLowerInvariant()).Where(word => word.Length > 0).Distinct(StringComparer.Ordinal).ToEquatableArray();
}
