namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>The `provisions` section of input/stances.yml: how a plan's terms are described.</summary>
public sealed class ProvisionLists
{
    /// <summary>Words that mark a sentence as a plan's term ("Ukraine would withdraw …").</summary>
    public List<string> Modals { get; init; } = [];

    /// <summary>What one side "would get" under the plan, its author offers.</summary>
    public List<string> Gains { get; init; } = [];
}
