using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The headings of a record of speeches (a parliamentary report): a line holding only a speaker and
/// bracketed notes, either a name with its seat and party ("NAME (Constituency) (Party)", "Dame NAME
/// (…)") or an office with its holder ("The Minister for Europe (NAME)"). The notes are what tell a
/// heading from a short line of prose. The name becomes a person, learned for the bare heading lines
/// later on; the office is a description of them whose title word takes up "the Minister".
/// </summary>
internal static class SpeakerHeadings
{
    private const int MaxLine = 120;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        NameReader? reader = null;
        foreach (var (start, end) in TextLines.Of(text))
        {
            if (end - start < 4 || end - start > MaxLine || text[end - 1] != ')' || !char.IsUpper(text[start]))
            {
                continue;
            }
            var open = text.IndexOf('(', start, end - start);
            if (open < start + 2 || text[open - 1] != ' ' || !BracketedNotes.AreAllOf(text, open, end))
            {
                continue;
            }
            reader ??= new NameReader(state);
            if (!Office(state, reader, start, open))
            {
                Speaker(state, reader, start, open - 1);
            }
        }
    }

    /// <summary>"The Minister for Europe (NAME)": a determiner and a title before a bracketed name.</summary>
    private static bool Office(RecognitionState state, NameReader reader, int start, int open)
    {
        var text = state.Text;
        if (TextWords.WordStartingAt(text, start) is not { } article || !state.Lexicon.Determiners.Contains(TextWords.Span(text, article))
            || TextWords.NextWordStart(text, article.End) is not { } titleStart || TitleWordAt(state, titleStart, open) is not { } title)
        {
            return false;
        }
        var close = text.IndexOf(')', open);
        if (reader.ReadForward(open + 1) is not { Words: >= 2, LooksLikeOrganisation: false } name || name.End != close)
        {
            return false;
        }
        var actor = Person(state, name, text[titleStart..(open - 1)]);
        if (actor >= 0)
        {
            state.Add(start, open - 1, actor, MentionForm.Description);
            state.TitleHeads.Add((start, actor, TitleHead.Of(state, title.Start, title.End)));
        }
        return true;
    }

    /// <summary>"[Dame] NAME (…)": a name, perhaps after a title of address, filling the line up to its notes.</summary>
    private static void Speaker(RecognitionState state, NameReader reader, int start, int end)
    {
        var text = state.Text;
        var nameStart = start;
        if (TextWords.WordStartingAt(text, start) is { } first && state.Lexicon.CourtesyTitles.Contains(TextWords.Span(text, first))
            && TextWords.NextWordStart(text, first.End) is { } next)
        {
            nameStart = next;
        }
        if (reader.ReadForward(nameStart) is not { Words: >= 2 and <= 4, LooksLikeOrganisation: false } name || name.End != end)
        {
            return;
        }
        var actor = Person(state, name, "member (record of speeches)");
        if (actor >= 0 && nameStart > start)
        {
            state.Add(start, end, actor, MentionForm.Extended);
        }
    }

    private static int Person(RecognitionState state, DiscoveredName name, string role)
    {
        if (state.LongestNameAt(name.Start) is { } known && known.End == name.End)
        {
            var actor = known.Value.Actor;
            if (state.Table[actor].Kind != ActorKind.Person)
            {
                return -1;
            }
            state.Table.Affiliate(actor, HomeParty(state));
            return actor;
        }
        var found = CueDiscovery.Discover(state, name, organisation: false, role);
        state.Table.Affiliate(found, HomeParty(state));
        return found;
    }

    /// <summary>A record of speeches kept by a national body (a parliament's) is its members': they belong to its country.</summary>
    private static string? HomeParty(RecognitionState state) =>
        state.HomeCountry is { } home && state.Table.IndexOf(home) is var country and >= 0 ? state.Table[country].Party : null;

    private static (int Start, int End)? TitleWordAt(RecognitionState state, int from, int to)
    {
        for (var pos = from; pos < to && TextWords.WordStartingAt(state.Text, pos) is { } word; pos = TextWords.NextWordStart(state.Text, word.End) ?? to)
        {
            if (state.Lexicon.Titles.Contains(TextWords.Span(state.Text, word)))
            {
                return word;
            }
            if (!state.Lexicon.TitleModifiers.Contains(TextWords.Span(state.Text, word)))
            {
                return null;
            }
        }
        return null;
    }
}
