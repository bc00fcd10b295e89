namespace StaticBriefing.Evaluation;

/// <summary>One metadata field: the gold value and ours, as displayed ("(generated)" for a generated title).</summary>
public sealed record FieldCheck(string Field, string? Expected, string? Actual)
{
    public bool IsRight => string.Equals(Expected, Actual, StringComparison.Ordinal);
}
