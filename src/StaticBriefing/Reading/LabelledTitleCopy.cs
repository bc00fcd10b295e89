namespace StaticBriefing.Reading;

/// <summary>
/// A copy of the headline behind a short field label ("Title: HEADLINE", a circular's memo field): the
/// page repeating its title in a form, chrome like an unlabelled copy.
/// </summary>
public static class LabelledTitleCopy
{
    private const int LabelMaxChars = 20;

    public static bool Is(string line, string? title)
    {
        if (title is null || line.Length <= title.Length || !line.EndsWith(title, StringComparison.Ordinal))
        {
            return false;
        }
        var label = line[..^title.Length].TrimEnd();
        return label.Length is > 1 and <= LabelMaxChars && label[^1] == ':'
            && label[..^1].All(c => char.IsLetter(c) || c == ' ') && char.IsLetter(label[0]);
    }
}
