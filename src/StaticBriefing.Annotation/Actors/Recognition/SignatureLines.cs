using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A signature block, one item a line: the signer's name alone, the office under it opening with a
/// title word ("Director, Government Relations") and, under that, the organisation ("Lviv Traders'
/// Council", capitalised words ending in an organisation word). A letter or an e-mail bulletin is
/// signed so. The name becomes a person with that office, the organisation an organisation.
/// </summary>
internal static class SignatureLines
{
    private const int MaxLine = 80;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        var lines = TextLines.Of(text).Where(line => text.AsSpan(line.Start, line.End - line.Start).Trim().Length > 0).ToList();
        NameReader? reader = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (start, end) = lines[i];
            if (!IsShortLine(text, start, end) || !IsOfficeLine(state, lines[i + 1]))
            {
                continue;
            }
            reader ??= new NameReader(state);
            if (reader.ReadForward(start) is not { Words: >= 2 and <= 3, LooksLikeOrganisation: false } name || name.End != end
                || state.LongestNameAt(start) is not null)
            {
                continue;
            }
            CueDiscovery.Discover(state, name, organisation: false, text[lines[i + 1].Start..lines[i + 1].End]);
            if (i + 2 < lines.Count && Organisation(state, lines[i + 2]) is { } organisation)
            {
                CueDiscovery.Discover(state, organisation, organisation: true, "signer's organisation");
            }
        }
    }

    private static bool IsShortLine(string text, int start, int end) =>
        end - start is > 3 and <= MaxLine && char.IsUpper(text[start]) && !TextChars.IsTerminal(text[end - 1]);

    /// <summary>An office line: short, no sentence, its first word a title ("Director, …", "Head of …").</summary>
    private static bool IsOfficeLine(RecognitionState state, (int Start, int End) line)
    {
        var text = state.Text;
        return IsShortLine(text, line.Start, line.End) && TextWords.WordStartingAt(text, line.Start) is { } first
            && state.Lexicon.Titles.Contains(TextWords.Span(text, first));
    }

    /// <summary>Capitalised words (connectors such as "of" between them) whose last is an organisation word; no known name at its start.</summary>
    private static DiscoveredName? Organisation(RecognitionState state, (int Start, int End) line)
    {
        var text = state.Text;
        if (!IsShortLine(text, line.Start, line.End) || state.LongestNameAt(line.Start) is { } known && known.End >= line.End)
        {
            return null;
        }
        var words = text[line.Start..line.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].TrimEnd('\'', '’');
        return words.Length >= 2 && words.All(word => char.IsUpper(word[0]) || state.Lexicon.Connectors.Contains(word))
            && state.Lexicon.OrganisationWords.Contains(last)
            ? new DiscoveredName(line.Start, line.End, string.Join(' ', words), words.Length, LooksLikeOrganisation: true, last)
            : null;
    }
}
