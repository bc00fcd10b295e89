namespace StaticBriefing.Pipeline;

/// <summary>
/// One error of a build, printed as one line: "seeds/x.txt:12: message". Fatal errors broke a
/// whole pipeline (not one item), so the build must not replace the published site.
/// </summary>
public sealed record BuildDiagnostic(string Pipeline, string Source, int? Line, string Message, bool Fatal = false)
{
    public override string ToString() => Line is null ? $"{Source}: {Message}" : $"{Source}:{Line}: {Message}";
}
