using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Credit lines: a capitalised credit cue, an optional colon, then names separated by ";", ",",
/// "/", "|" or "and" ("Reporting by NAME; Editing by NAME", "Photo: NAME / AGENCY"). People need
/// two words; a name after "/" (or one that looks like an organisation) is the agency credited.
/// A later cue in the same line takes over the role. The line ends the credit.
/// </summary>
internal static class CreditLines
{
    private const int MaxItems = 8;

    public static void Find(RecognitionState state)
    {
        var reader = new NameReader(state);
        var consumedTo = -1;
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind != HitKind.CreditCue)
            {
                continue;
            }
            if (hit.Start >= consumedTo && char.IsUpper(state.Text[hit.Start]))
            {
                consumedTo = Read(state, reader, hit.End, Role(hit.Value.Text));
            }
        }
    }

    private static int Read(RecognitionState state, NameReader reader, int cueEnd, string role)
    {
        var text = state.Text;
        var pos = cueEnd;
        var colon = Skip(text, ref pos, ':');
        if (!colon && !EndsWithBy(text, cueEnd))
        {
            return pos; // "Photo" without a colon is just a word
        }
        var afterSlash = false;
        for (var items = 0; items < MaxItems && pos < text.Length && text[pos] != '\n'; items++)
        {
            if (state.LongestAt(pos, HitKind.CreditCue) is { } next && char.IsUpper(text[pos]))
            {
                role = Role(next.Value.Text);
                pos = next.End;
                Skip(text, ref pos, ':');
                continue;
            }
            var name = reader.ReadForward(pos, allowThe: true);
            if (name is null || text.AsSpan(name.Start, name.End - name.Start).Contains('\n'))
            {
                return pos;
            }
            Credit(state, name, afterSlash, role);
            pos = name.End;
            if (!Separator(text, ref pos, out afterSlash))
            {
                return pos;
            }
        }
        return pos;
    }

    private static void Credit(RecognitionState state, DiscoveredName name, bool afterSlash, string role)
    {
        if (state.LongestNameAt(name.Start) is { } known && known.End == name.End)
        {
            state.Add(known.Start, known.End, known.Value.Actor, MentionForm.Name);
            return;
        }
        if (afterSlash || name.LooksLikeOrganisation)
        {
            CueDiscovery.Discover(state, name, organisation: true, role + " (agency)");
        }
        else if (name.Words >= 2)
        {
            CueDiscovery.Discover(state, name, organisation: false, role);
        }
    }

    /// <summary>Steps over spaces, one separator and spaces; tells whether the separator was a slash.</summary>
    private static bool Separator(string text, ref int pos, out bool slash)
    {
        slash = false;
        var start = pos;
        SkipSpaces(text, ref pos);
        if (pos < text.Length && text[pos] is ';' or ',' or '/' or '|' or '&')
        {
            slash = text[pos] == '/';
            pos++;
        }
        else if (TextWords.WordStartingAt(text, pos) is { } word && TextWords.Span(text, word).SequenceEqual("and"))
        {
            pos = word.End;
        }
        else
        {
            pos = start;
            return false;
        }
        SkipSpaces(text, ref pos);
        return pos < text.Length;
    }

    private static bool Skip(string text, ref int pos, char c)
    {
        SkipSpaces(text, ref pos);
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            SkipSpaces(text, ref pos);
            return true;
        }
        return false;
    }

    private static void SkipSpaces(string text, ref int pos)
    {
        while (pos < text.Length && TextChars.IsInlineSpace(text[pos]))
        {
            pos++;
        }
    }

    private static bool EndsWithBy(string text, int cueEnd) =>
        TextWords.WordEndingAt(text, cueEnd) is { } word && TextWords.Span(text, word).SequenceEqual("by");

    /// <summary>"Reporting by" → "reporting credit", "Photo" → "photo credit".</summary>
    private static string Role(string cue)
    {
        var words = cue.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length > 1 && words[^1] == "by" ? words[..^1] : words;
        var phrase = string.Join(' ', head);
        return phrase.EndsWith("credit", StringComparison.Ordinal) ? phrase : phrase + " credit";
    }
}
