using System.Text.RegularExpressions;

namespace StaticBriefing.Reading;

/// <summary>A named group of a byline match, without the punctuation that closes it ("By NAME, …"); null when empty.</summary>
public static class BylineGroup
{
    public static string? Value(Match? match, string name)
    {
        if (match is null || !match.Groups[name].Success)
        {
            return null;
        }
        var value = match.Groups[name].Value.Trim().TrimEnd('.', ',', ';', ':').Trim();
        return value.Length == 0 ? null : value;
    }
}
