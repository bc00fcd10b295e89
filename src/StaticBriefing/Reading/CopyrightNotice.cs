using System.Globalization;

namespace StaticBriefing.Reading;

/// <summary>The page's copyright line: its holder (an outlet candidate) and its year (the page's own year).</summary>
public static class CopyrightNotice
{
    public static (string? Holder, int? Year) Find(ReadingRules rules, IReadOnlyList<PageLine> lines)
    {
        // The holder's company form goes first: "© 2025 Name Sp. z o.o." would otherwise be cut at "Sp.".
        foreach (var match in lines.Select(line => line.Trimmed.Length <= rules.ChromeLineMaxChars ? rules.LegalSuffixes.Strip(line.Trimmed) : line.Trimmed)
            .SelectMany(text => rules.Copyright.Select(pattern => pattern.Match(text))))
        {
            if (match.Success)
            {
                var holder = match.Groups["outlet"].Success ? match.Groups["outlet"].Value.Trim().TrimEnd('.', ',', ';', ':').Trim() : "";
                return (holder.Length == 0 ? null : holder, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
            }
        }
        return (null, null);
    }
}
