namespace StaticBriefing.Site.Urls;

/// <summary>A URL-safe, lower-case ASCII slug of a name ("Eurasia Business News" → "eurasia-business-news").</summary>
public static class Slug
{
    // Latin letters folded to ASCII by table: the app runs with invariant globalization (no ICU),
    // so Unicode normalisation cannot be relied on to strip accents.
    private static readonly Dictionary<char, string> Folded = BuildFolding();

    public static string Of(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var character in name)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (Folded.TryGetValue(character, out var ascii))
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

    private static Dictionary<char, string> BuildFolding()
    {
        (string Letters, string Ascii)[] groups =
        [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"), ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"),
            ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"),
            ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠšȘș", "s"), ("ŢţŤťŦŧȚț", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"), ("ß", "ss"), ("Ææ", "ae"), ("Œœ", "oe"), ("Þþ", "th"),
        ];
        var folding = new Dictionary<char, string>();
        foreach (var (letters, ascii) in groups)
        {
            foreach (var letter in letters)
            {
                folding[letter] = ascii;
            }
        }
        return folding;
    }
}
