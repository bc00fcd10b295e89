namespace StaticBriefing.Site.Disagreements;

/// <summary>The shape of input/disagreements.yml (strict: unknown keys are errors).</summary>
public sealed class DisagreementRulesFile
{
    public required int SameEventWithinDays { get; init; }

    public required List<EventKindEntry> Events { get; init; }

    public List<string> StatementVerbs { get; init; } = [];

    public List<string> AdditiveWords { get; init; } = [];

    public sealed class EventKindEntry
    {
        public required string Id { get; init; }

        public required string Label { get; init; }

        public required List<string> Words { get; init; }
    }
}
