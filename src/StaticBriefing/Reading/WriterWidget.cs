namespace StaticBriefing.Reading;

/// <summary>A CMS writer widget ("Writer: NAME", "Reporter: NAME"): the name on its first line, a person's or an outlet's.</summary>
public static class WriterWidget
{
    public static string? Name(ReadingRules rules, IReadOnlyList<PageLine> lines) => lines
        .Select(line => rules.WriterWidget.Match(line.Trimmed))
        .Where(match => match.Success)
        .Select(match => match.Groups["name"].Value.Trim())
        .FirstOrDefault();
}
