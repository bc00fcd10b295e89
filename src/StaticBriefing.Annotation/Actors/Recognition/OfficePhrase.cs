using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// An office written out as a proper noun, without a determiner: capitalised words holding a title
/// word before any connector ("Minister for Foreign Affairs of Ukraine", "Under-Secretary-General for
/// Humanitarian Affairs and Emergency Relief Coordinator", "Head of Markets Strategy"). A comma
/// followed by a capitalised word stays inside only as a list that "and" closes ("for Europe, Central
/// Asia and Americas"); "Head of Research, Halden Lab" is an office and an affiliation. The office
/// must close where an apposition closes: a comma before a lowercase word, a bar, a full stop or the
/// end of the line; anything else (a lowercase word, a bracket, a colon) means it was no office.
/// </summary>
internal static class OfficePhrase
{
    private const int MaxWords = 16;

    /// <summary>Where the office starting at <paramref name="start"/> ends, or null if none starts there.</summary>
    public static int? Read(RecognitionState state, int start)
    {
        var text = state.Text;
        var hasTitle = false;
        var connectorSeen = false;
        var openList = false;
        var pos = start;
        for (var words = 0; words < MaxWords; words++)
        {
            var end = TokenEnd(text, pos);
            if (end == pos)
            {
                return null;
            }
            var token = text.AsSpan(pos, end - pos);
            var capitalised = char.IsUpper(token[0]);
            if (!capitalised)
            {
                if (words == 0 || !state.Lexicon.Connectors.Contains(token))
                {
                    return null;
                }
                connectorSeen = true;
                openList &= !token.SequenceEqual("and");
            }
            else if (words == 0 && state.Lexicon.Determiners.Contains(token))
            {
                return null;
            }
            else if (!connectorSeen && state.LongestEndingAt(end, HitKind.TitleWord) is { } title && title.Start >= start)
            {
                hasTitle = true;
            }
            switch (Next(text, end))
            {
                case Step.Continue:
                    pos = end + 1;
                    break;
                case Step.OverComma:
                    openList = true;
                    pos = end + 2;
                    break;
                case Step.Close:
                    return hasTitle && capitalised && !openList ? end : null;
                default:
                    return null;
            }
        }
        return null;
    }

    private enum Step { Continue, OverComma, Close, Fail }

    /// <summary>What follows a word: another word of the office, a comma inside it, its close, or a sign it was no office.</summary>
    private static Step Next(string text, int end)
    {
        if (end >= text.Length || text[end] is '\n' or '\r' or '|' or ';')
        {
            return Step.Close;
        }
        var c = text[end];
        var after = end + 1 < text.Length ? text[end + 1] : '\n';
        if (TextChars.IsInlineSpace(c))
        {
            return after == '|' ? Step.Close : TextChars.IsWord(after) ? Step.Continue : Step.Fail;
        }
        if (c == ',' && TextChars.IsInlineSpace(after) && end + 2 < text.Length)
        {
            return char.IsUpper(text[end + 2]) ? Step.OverComma : char.IsLower(text[end + 2]) ? Step.Close : Step.Fail;
        }
        return c == '.' && TextChars.IsSpace(after) ? Step.Close : Step.Fail;
    }

    /// <summary>The end of a word that may join parts with hyphens, apostrophes or inner full stops ("Under-Secretary-General", "U.S.").</summary>
    private static int TokenEnd(string text, int pos)
    {
        var i = pos;
        while (i < text.Length && (TextChars.IsWord(text[i])
            || ((TextChars.IsHyphen(text[i]) || TextChars.IsApostrophe(text[i]) || text[i] == '.' || text[i] == '&') && i > pos
                && i + 1 < text.Length && TextChars.IsWord(text[i + 1]))))
        {
            i++;
        }
        return i;
    }
}
