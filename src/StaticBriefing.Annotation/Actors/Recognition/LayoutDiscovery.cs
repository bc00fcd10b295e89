using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Discovers actors from the layout of a text: a byline opening a line ("By NAME for OUTLET"), a
/// copyright line ("© 2025 OUTLET"), a wire dateline ("(OUTLET) -"), a
/// photo credit in brackets ("(NAME/OUTLET)"), and a name followed by its acronym in brackets
/// ("Main Intelligence Directorate (HUR)"), which teaches the acronym as an alias.
/// </summary>
internal static class LayoutDiscovery
{
    private const int MaxBracket = 120;

    public static void Find(RecognitionState state)
    {
        var reader = new NameReader(state);
        var text = state.Text;
        for (var i = 0; i < text.Length; i = TextWords.NextBracketOrLineStart(text, i))
        {
            if (text[i] == '(')
            {
                Bracket(state, reader, i);
            }
            else if (i == 0 || text[i - 1] == '\n')
            {
                var first = i;
                while (first < text.Length && TextChars.IsInlineSpace(text[first]))
                {
                    first++;
                }
                if (first < text.Length)
                {
                    Byline(state, reader, first);
                    Copyright(state, reader, first);
                }
            }
        }
    }

    private static void Byline(RecognitionState state, NameReader reader, int lineStart)
    {
        var text = state.Text;
        if (TextWords.WordStartingAt(text, lineStart) is not { } cue || !state.Lexicon.Bylines.Contains(TextWords.Span(text, cue)))
        {
            return;
        }
        if (TextWords.NextWordStart(text, cue.End) is not { } start || reader.ReadForward(start) is not { Words: >= 2 } author)
        {
            return;
        }
        if (state.LongestNameAt(start) is null)
        {
            CueDiscovery.Discover(state, author, author.LooksLikeOrganisation, "author (byline)");
        }
        // "By NAME for OUTLET": a short lowercase link word, then the outlet ("By NAME in CITY" is a place).
        if (TextWords.WordAfter(text, author.End) is { } link && char.IsLower(text[link.Start])
            && !state.Lexicon.PlacePrepositions.Contains(TextWords.Span(text, link))
            && TextWords.NextWordStart(text, link.End) is { } outletStart && state.LongestNameAt(outletStart) is null
            && reader.ReadForward(outletStart, allowThe: true) is { } outlet)
        {
            CueDiscovery.Discover(state, outlet, organisation: true, "publishing outlet");
        }
    }

    /// <summary>"© 2025 NAME", "Copyright NAME 2025": the publisher of the page.</summary>
    private static void Copyright(RecognitionState state, NameReader reader, int lineStart)
    {
        var text = state.Text;
        var pos = lineStart;
        var cued = false;
        for (var again = true; again && pos < text.Length;)
        {
            again = false;
            foreach (var cue in state.Lexicon.CopyrightCues)
            {
                if (text.AsSpan(pos).StartsWith(cue, StringComparison.Ordinal))
                {
                    pos += cue.Length;
                    again = cued = true;
                }
            }
            var digits = pos;
            while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || TextChars.IsHyphen(text[digits])))
            {
                digits++;
            }
            again |= cued && digits > pos;
            pos = digits;
            while (pos < text.Length && TextChars.IsInlineSpace(text[pos]))
            {
                pos++;
            }
        }
        if (cued && pos < text.Length && state.LongestNameAt(pos) is null && reader.ReadForward(pos, allowThe: true) is { } outlet
            && !text.AsSpan(outlet.Start, outlet.End - outlet.Start).Contains('\n'))
        {
            CueDiscovery.Discover(state, outlet, organisation: true, "publishing outlet");
        }
    }

    private static void Bracket(RecognitionState state, NameReader reader, int open)
    {
        var text = state.Text;
        var close = text.IndexOf(')', open + 1, Math.Min(MaxBracket, text.Length - open - 1));
        if (close < 0 || text.AsSpan(open, close - open).Contains('\n'))
        {
            return;
        }
        var inside = text.AsSpan(open + 1, close - open - 1);
        var slash = inside.IndexOf('/');
        if (IsDatelineDash(text, close + 1))
        {
            Dateline(state, reader, open + 1, close);
        }
        else if (slash > 0 && inside.LastIndexOf('/') == slash)
        {
            Credit(state, reader, open + 1, open + 1 + slash, close);
        }
        else if (IsAcronym(inside) && open > 1 && TextChars.IsInlineSpace(text[open - 1]))
        {
            Acronym(state, reader, open - 1, inside.ToString());
        }
    }

    private static void Credit(RecognitionState state, NameReader reader, int start, int slash, int close)
    {
        if (state.LongestNameAt(start) is null && reader.ReadForward(start) is { Words: >= 2, LooksLikeOrganisation: false } person && person.End == slash)
        {
            CueDiscovery.Discover(state, person, organisation: false, "photographer (photo credit)");
        }
        if (state.LongestNameAt(slash + 1) is null && reader.ReadForward(slash + 1, allowThe: true) is { } outlet && outlet.End == close)
        {
            CueDiscovery.Discover(state, outlet, organisation: true, "photo credit");
        }
    }

    /// <summary>"CITY, Aug. 16 (NAME) - …": a wire dateline credits the agency.</summary>
    private static void Dateline(RecognitionState state, NameReader reader, int start, int close)
    {
        if (state.LongestNameAt(start) is null && reader.ReadForward(start, allowThe: true) is { } outlet && outlet.End == close)
        {
            CueDiscovery.Discover(state, outlet, organisation: true, "news agency (dateline)");
        }
    }

    private static bool IsDatelineDash(string text, int pos) =>
        pos + 2 < text.Length && TextChars.IsInlineSpace(text[pos]) && text[pos + 1] is '-' or '–' or '—'
        && (pos + 2 == text.Length || TextChars.IsInlineSpace(text[pos + 2]));

    private static void Acronym(RecognitionState state, NameReader reader, int nameEnd, string acronym)
    {
        if (state.LongestNameEndingAt(nameEnd) is { } known)
        {
            state.LearnedAliases.Add((acronym, known.Value.Actor));
            return;
        }
        // "Issuer Default Rating (IDR)": a measure's name, not an organisation's.
        if (reader.ReadBackward(nameEnd, connectors: true) is { Words: >= 2 } name
            && !(TextWords.WordEndingAt(state.Text, name.End) is { } last && state.Lexicon.MeasureHeads.Contains(TextWords.Span(state.Text, last))))
        {
            var actor = state.Table.Discover(name.Name, Model.ActorKind.Organisation, "none", "organisation", id: Slug.Of(acronym));
            state.Add(name.Start, name.End, actor, MentionForm.Name);
            state.LearnedAliases.Add((acronym, actor));
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return char.IsUpper(word[0]);
    }
}
