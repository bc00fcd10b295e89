using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Who speaks the sentences of a transcript, a parliamentary record or a digest of posts: the actor
/// on the label line above them, until the next label or a line that is not prose (a heading, a time
/// stamp, a counter). Their "we" and their "there must be …" are the speaker's, as in a quotation.
/// A page needs at least two labels to read as such: one name on a line of its own is a caption.
/// A speaker of no known party, or a label naming no actor ("QUESTION:"), still speaks: their "we" is
/// nobody's the detector can name, not the last subject's.
/// </summary>
public sealed class PassageSpeakers
{
    private const int MinLabels = 2;

    /// <summary>A prose line has a sentence stop and some words; headings, stamps and counters do not.</summary>
    private const int MinProseWords = 6;

    private readonly Dictionary<int, IReadOnlyList<PartyRef>> bySentence = [];

    public PassageSpeakers(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors)
    {
        var passages = Passages(text, new MentionIndex(actors));
        if (passages.Count == 0)
        {
            return;
        }
        var ends = sentences.Select(sentence => sentence.End).ToArray();
        var byId = actors.GroupBy(actor => actor.Id).ToDictionary(group => group.Key, group => group.First());
        foreach (var (speaker, start, end) in passages)
        {
            // Every sentence the speech overlaps: a label without a stop may share its sentence with the speech's first line.
            for (var i = SortedSearch.FirstIndexFrom(ends, start + 1, offset => offset); i < ends.Length && sentences[i].Start < end; i++)
            {
                bySentence[sentences[i].Index] = [speaker is null ? new PartyRef(PartyRef.NoParty, null) : new PartyRef(byId[speaker].Party, speaker)];
            }
        }
    }

    public IReadOnlyList<PartyRef> SpeakerOf(Sentence sentence) => bySentence.GetValueOrDefault(sentence.Index) ?? [];

    private static List<(string? Speaker, int Start, int End)> Passages(string text, MentionIndex mentions)
    {
        var passages = new List<(string?, int, int)>();
        var labels = 0;
        (string? Speaker, int Start, int End)? open = null;
        foreach (var (start, end) in TextLines.Of(text))
        {
            if (text.AsSpan(start, end - start).IsWhiteSpace())
            {
                continue;
            }
            var label = SpeakerLabelReader.Read(text, start, end, mentions);
            if (label is not null || (open is { } current && current.End > current.Start && !IsProse(text, start, end)))
            {
                Close(open, passages);
                open = null;
            }
            if (label is not null)
            {
                labels++;
                // An inline label's line is already speech ("NAME: We …"); an own-line label's speech starts below it.
                open = label.BodyStart < end ? (label.Speaker, start, end) : (label.Speaker, end, end);
                continue;
            }
            if (open is { } passage)
            {
                // The first line after a label is the speech, whatever it ends with ("… 🇺🇦").
                open = passage with { End = end };
            }
        }
        Close(open, passages);
        return labels >= MinLabels ? passages : [];
    }

    private static void Close((string? Speaker, int Start, int End)? open, List<(string?, int, int)> passages)
    {
        if (open is { } passage && passage.End > passage.Start)
        {
            passages.Add(passage);
        }
    }

    private static bool IsProse(string text, int start, int end)
    {
        var line = text.AsSpan(start, end - start);
        return line.IndexOfAny(".!?…") >= 0 && line.Trim().Count(' ') + 1 >= MinProseWords;
    }
}
