namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The forms of a person's name that Japanese (and some Korean and Chinese) official texts print: the
/// family name first and in capitals ("MOTEGI Toshimitsu" for "Toshimitsu Motegi"), and the capitalised
/// family name alone after a title ("Minister MOTEGI"). Derived from a listed two-word name, so the
/// taxonomy lists each person once.
/// </summary>
internal static class FamilyFirstNames
{
    private const int MinFamilyLength = 3;

    /// <summary>The family-first form of a two-word name, or null for any other shape.</summary>
    public static string? Of(string alias)
    {
        var space = alias.IndexOf(' ');
        if (space <= 0 || space != alias.LastIndexOf(' '))
        {
            return null;
        }
        var (given, family) = (alias[..space], alias[(space + 1)..]);
        return IsPlainName(given) && IsPlainName(family) ? family.ToUpperInvariant() + " " + given : null;
    }

    /// <summary>A single surname in capitals ("MOTEGI" for "Motegi"), or null when the alias is not one plain word.</summary>
    public static string? CapitalSurname(string alias) =>
        alias.Contains(' ') || !IsPlainName(alias) ? null : alias.ToUpperInvariant();

    /// <summary>A capitalised word of letters only, long enough not to be an initial or a particle.</summary>
    private static bool IsPlainName(string word) =>
        word.Length >= MinFamilyLength && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
}
