namespace StaticBriefing.Reading;

/// <summary>
/// Tells a person's name from an outlet's or a title's by reading.yml: the person_name shape, and
/// none of the outlet words, not-person words or section labels. Used for newsletter bylines (a
/// name alone on its line) and for copyright holders ("© 2025 Name Surname" is the author's notice).
/// </summary>
public sealed class PersonNames(ReadingRules rules)
{
    private const int NameMaxChars = 80;
    private const int RoleMaxWords = 6;

    public bool Looks(string text)
    {
        var name = text.Trim();
        return name.Length <= NameMaxChars && rules.PersonName.IsMatch(name) && !rules.SectionLabels.Contains(name)
            && !name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.Trim('.', ','))
                .Any(word => rules.OutletWords.Contains(word) || rules.NotPersonWords.Contains(word));
    }

    /// <summary>
    /// The name of a "NAME, ROLE" line ("Jane Roe, Deputy Spokesperson"): a briefer's or an
    /// official's byline. The role is a few capitalised words, no sentence, no figures.
    /// </summary>
    public string? NameBeforeRole(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return null;
        }
        var (name, role) = (text[..comma], text[(comma + 2)..].Trim());
        return role.Length > 0 && char.IsUpper(role[0]) && TextShape.WordCount(role) <= RoleMaxWords
            && !role.Any(char.IsDigit) && !TextShape.EndsSentence(role) && LooksOrJoined(name) ? name : null;
    }

    /// <summary>One name, or two authors joined as a byline joins them ("A and B, Division").</summary>
    private bool LooksOrJoined(string name)
    {
        var parts = name.Split([.. rules.AuthorJoiners], StringSplitOptions.RemoveEmptyEntries);
        return Looks(name) || (parts.Length == 2 && parts.All(Looks));
    }

    /// <summary>Whether <paramref name="name"/> is the author, or one of the authors of "A and B".</summary>
    public bool IsAuthor(string name, string? author)
    {
        if (author is null)
        {
            return false;
        }
        var key = NameKey.Of(name);
        return key.Length > 0 && author.Split([.. rules.AuthorJoiners], StringSplitOptions.RemoveEmptyEntries).Append(author)
            .Any(one => NameKey.Of(one) == key);
    }
}
