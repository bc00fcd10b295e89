using System.Text.RegularExpressions;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Reading;

/// <summary>
/// Company forms after an outlet's name ("Sp. z o.o.", "GmbH", "Ltd", "S.A.") from reading.yml:
/// the publisher's legal name is not the outlet's. They are taken off a copyright line before its
/// patterns cut the holder at the first full stop (which would leave "Name Sp"), and off any
/// outlet name found. Matched case-sensitively, after a word and before the end of the text or
/// punctuation, so a form's letters inside a name ("SAGA") or at its start ("SA Fishing") are left alone.
/// </summary>
public sealed class LegalSuffixes
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly Regex? pattern;

    private LegalSuffixes(Regex? pattern) => this.pattern = pattern;

    public static LegalSuffixes Compile(IEnumerable<string> suffixes, string file, string field)
    {
        var forms = suffixes.Select(s => s.Trim()).ToList();
        if (forms.Any(f => f.Trim('.').Length == 0))
        {
            throw new DataFileException(file, null, field, "a legal suffix must not be empty");
        }
        if (forms.Count == 0)
        {
            return new LegalSuffixes(null);
        }
        // Longest first, so "Pty Ltd" wins over "Ltd". A form's closing stop goes with it unless a
        // sentence follows ("Name Ltd. All rights reserved."): then it ends the holder's sentence.
        var alternatives = forms.Select(f => f.TrimEnd('.')).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(f).Replace(@"\ ", @"\s", StringComparison.Ordinal));
        var source = @"(?<name>[\p{L}\p{N})]),?\s{1,3}(?:" + string.Join("|", alternatives) + @")(?:\.(?!\s{1,3}\p{Lu}))?(?=$|[\s.,;:|–—)-])";
        return new LegalSuffixes(new Regex(source, RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout));
    }

    /// <summary>The text with every company form after a name removed ("© 2025 Name Sp. z o.o." gives "© 2025 Name").</summary>
    public string Strip(string text) => pattern is null ? text : pattern.Replace(text, "${name}");

    /// <summary>An outlet's name without its company form ("Name GmbH" gives "Name").</summary>
    public string? StripName(string? name)
    {
        if (name is null || Strip(name) is not { } stripped || stripped == name)
        {
            return name;
        }
        stripped = stripped.TrimEnd('.', ',', ' ');
        return stripped.Length > 0 ? stripped : name;
    }
}
