using System.Text.RegularExpressions;

namespace StaticBriefing.Reading;

/// <summary>
/// A government page's issuer line ("From: UK Delegation to the OSCE and Catriona Hale"): the bodies
/// and people a speech or statement comes from, joined by commas and "and". The person among them
/// (reading.yml's person_name shape) is the page's author, as a byline's name would be.
/// </summary>
public sealed class IssuerLine(ReadingRules rules)
{
    private readonly PersonNames persons = new(rules);

    /// <summary>The person the line names as an issuer, or null when it is no issuer line or names only bodies.</summary>
    public string? Author(string line)
    {
        if (rules.IssuerLine is not { } pattern || pattern.Match(line) is not { Success: true } match)
        {
            return null;
        }
        var issuers = match.Groups["issuers"].Value;
        return Regex.Split(issuers, @",\s+|\s+and\s+|\s+&\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            .Select(item => item.Trim())
            .LastOrDefault(persons.Looks);
    }
}
