using System.Globalization;
using System.Text;

namespace StaticBriefing.Site.Urls;

/// <summary>A URL-safe, lower-case ASCII slug of a name ("Eurasia Business News" → "eurasia-business-news").</summary>
public static class Slug
{
    // Latin letters that Unicode does not decompose into an ASCII base letter and an accent.
    private static readonly Dictionary<char, string> Undecomposed = new()
    {
        ['ı'] = "i", ['ł'] = "l", ['Ł'] = "l", ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d",
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['þ'] = "th", ['ð'] = "d",
    };

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
            else if (Undecomposed.TryGetValue(character, out var ascii))
            {
                builder.Append(ascii);
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
