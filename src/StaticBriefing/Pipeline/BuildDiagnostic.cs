namespace StaticBriefing.Pipeline;

/// <summary>One error of a build, printed as one line: "seeds/x.txt:12: message".</summary>
public sealed record BuildDiagnostic(string Pipeline, string Source, int? Line, string Message)
{
    public override string ToString() => Line is null ? $"{Source}: {Message}" : $"{Source}:{Line}: {Message}";
}
