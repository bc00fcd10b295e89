using System.Globalization;
using System.Text;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>Kebab-case ids for discovered actors: "Jean-Noël Barrot" → "jean-noel-barrot"; a leading "The" is dropped.</summary>
internal static class Slug
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(Transliterate(char.ToLowerInvariant(c)));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.StartsWith("the-", StringComparison.Ordinal) ? slug[4..] : slug;
    }

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static string Transliterate(char c) => c switch
    {
        'ı' => "i",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        _ => "x",
    };
}
