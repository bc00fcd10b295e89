namespace StaticBriefing.Reading;

/// <summary>
/// A page saved from a mail client (its transport headers "From:", "Date:", "Subject:" open it) is
/// signed at its end: the last block of content is the sender's name alone on its line, with a post
/// and an organisation under it. That name is the byline. Only a mail's signature: a statement or an
/// article ending in a name is left alone.
/// </summary>
public sealed class MailSignature(ReadingRules rules)
{
    /// <summary>Header lines among the page's first lines that make it a saved e-mail.</summary>
    private const int MinHeaders = 2;
    private const int HeaderWindow = 8;
    private const int MaxBlockLines = 4;

    private readonly PersonNames persons = new(rules);

    public bool IsMail(IReadOnlyList<PageLine> lines) =>
        lines.Where(line => !line.IsBlank).Take(HeaderWindow).Count(line => IsHeader(line.Trimmed)) >= MinHeaders;

    /// <summary>
    /// The line of the signer's name, or null when the page is no e-mail or its last block is no
    /// signature. The block is the run of non-blank lines round the last line of content: the name
    /// alone on its line may have been taken for a label.
    /// </summary>
    public int? SignerLine(IReadOnlyList<PageLine> lines)
    {
        if (!IsMail(lines))
        {
            return null;
        }
        var end = lines.Count - 1;
        while (end >= 0 && !lines[end].IsContent)
        {
            end--;
        }
        var start = end;
        while (start > 0 && !lines[start - 1].IsBlank)
        {
            start--;
        }
        var block = lines.Skip(start).Take(end - start + 1).Select(line => line.Trimmed).ToList();
        return block.Count is > 1 and <= MaxBlockLines && block.All(line => !TextShape.IsProse(line)) && persons.Looks(block[0])
            ? start
            : null;
    }

    private bool IsHeader(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && rules.MailHeaders.Contains(text[..colon].Trim());
    }
}
