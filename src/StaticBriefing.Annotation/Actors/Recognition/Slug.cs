using System.Text;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Kebab-case ASCII ids for discovered actors: "Jean-Noël Barrot" → "jean-noel-barrot",
/// "The Kyiv Bulletin" → "kyiv-bulletin". Accented Latin letters lose their accents (a table,
/// since string normalisation is not available in invariant globalization mode); other letters
/// are left out.
/// </summary>
internal static class Slug
{
    private static readonly Dictionary<char, string> Latin = BuildLatin();

    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (Latin.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else if (!char.IsLetterOrDigit(c) && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.StartsWith("the-", StringComparison.Ordinal) ? slug[4..] : slug;
    }

    private static Dictionary<char, string> BuildLatin()
    {
        var groups = new (string Plain, string Accented)[]
        {
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"),
            ("z", "źżž"), ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"),
        };
        var table = new Dictionary<char, string>();
        foreach (var (plain, accented) in groups)
        {
            foreach (var c in accented)
            {
                table[c] = plain;
            }
        }
        return table;
    }
}
