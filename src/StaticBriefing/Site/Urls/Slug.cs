using System.Globalization;
using System.Text;

namespace StaticBriefing.Site.Urls;

/// <summary>A URL-safe, lower-case ASCII slug of a name ("Eurasia Business News" → "eurasia-business-news").</summary>
public static class Slug
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var character in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue; // drops the accents that FormD split off
            }
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "unnamed" : slug;
    }
}
