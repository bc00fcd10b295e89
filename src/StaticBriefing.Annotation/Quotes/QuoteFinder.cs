using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Actors.Recognition;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Quotes;

/// <summary>
/// Direct quotes and their speakers. A double-quoted span of one word is a scare quote and a
/// single-quoted one needs three words. The speaker is, in order: the actor named around a speech
/// verb right after the quote ("…,” Zelensky specified", "…,” said X"); the last person named before
/// the quote when a pronoun speaks ("…,” he said"); the speaker of the quote just before when this
/// one continues it; the person on a speaker label line right above a quote that opens its line
/// (<see cref="LabelAbove"/>); else the first actor named in the quote's sentence before it (its subject), leaving out an opening
/// adverbial phrase ("After talks in Moscow, …") and a source
/// cited with "according to".
/// </summary>
public sealed class QuoteFinder(ActorLexicon lexicon)
{
    private const int ContinuationReach = 300;

    private readonly WordSet speechVerbs = new(lexicon.Cues.SpeechVerbs, ignoreCase: true);
    private readonly string[] sourceCues = [.. lexicon.Cues.SourceCues, .. lexicon.Cues.OutletCues];
    private readonly WordSet openers = new(lexicon.Cues.ClauseStops, ignoreCase: true);

    public QuoteFinder()
        : this(new ActorLexicon(EquatableArray<ActorDefinition>.Empty))
    {
    }

    public EquatableArray<QuoteAnnotation> Find(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors) =>
        Find(text, sentences, actors, QuoteSpans.Find(text));

    /// <summary>Attributes quotations already found in the text (<see cref="QuoteSpans.Find"/>), which the date recogniser reads too.</summary>
    internal EquatableArray<QuoteAnnotation> Find(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, List<QuoteSpans.Span> spans)
    {
        var mentions = new MentionIndex(actors);
        var starts = sentences.Select(s => s.Start).ToArray();
        var quotes = new List<QuoteAnnotation>();
        var previousEnd = -1;
        string? previousSpeaker = null;
        foreach (var span in spans)
        {
            var (start, end) = Trim(text, span.Start, span.End);
            if (end <= start || Words(text, start, end) < (span.Single ? 3 : 2))
            {
                continue;
            }
            var sentence = SentenceOf(starts, start);
            var sentenceStart = starts.Length == 0 ? 0 : starts[sentence];
            var speaker = SpeakerAfter(text, span.End + 1, mentions, span.Start - 1)
                ?? (IsContinuation(text, sentenceStart, span.Start - 1, previousEnd) ? previousSpeaker : null)
                ?? LabelAbove.Speaker(text, span.Start - 1, mentions)
                ?? mentions.FirstIn(SubjectFrom(text, sentenceStart, span.Start - 1), span.Start - 1, m => !AfterSourceCue(text, sentenceStart, m.Start));
            quotes.Add(new QuoteAnnotation(start, end, sentence, speaker));
            previousEnd = span.End + 1;
            previousSpeaker = speaker;
        }
        return quotes.ToEquatableArray();
    }

    /// <summary>"…,” X said" / "…,” said X" / "…,” he said" after the closing mark.</summary>
    private string? SpeakerAfter(string text, int after, MentionIndex mentions, int quoteOpen)
    {
        var pos = after;
        while (pos < text.Length && (text[pos] == ',' || TextChars.IsInlineSpace(text[pos])))
        {
            pos++;
        }
        if (pos >= text.Length || pos == after)
        {
            return null;
        }
        if (mentions.LongestAt(pos) is { } subject)
        {
            return IsSpeechVerb(text, subject.End) is not null ? subject.ActorId : null;
        }
        if (TextWords.WordStartingAt(text, pos) is not { } word)
        {
            return null;
        }
        if (speechVerbs.Contains(TextWords.Span(text, word)))
        {
            return TextWords.NextWordStart(text, word.End) is { } next && mentions.LongestAt(next) is { } named ? named.ActorId : null;
        }
        // A pronoun (any word that is not a name) before a speech verb: the last person named.
        return IsSpeechVerb(text, word.End) is not null ? mentions.LastPersonBefore(quoteOpen) : null;
    }

    private (int Start, int End)? IsSpeechVerb(string text, int after) =>
        TextWords.WordAfter(text, after) is { } verb && speechVerbs.Contains(TextWords.Span(text, verb)) ? verb : null;

    /// <summary>Where the subject may start: after an opening adverbial phrase ("After months of … toward Moscow, the White House’s chief …").</summary>
    private int SubjectFrom(string text, int sentenceStart, int limit)
    {
        if (TextWords.WordStartingAt(text, sentenceStart) is not { } first || !openers.Contains(TextWords.Span(text, first)))
        {
            return sentenceStart;
        }
        var comma = text.IndexOf(',', sentenceStart, limit - sentenceStart);
        return comma < 0 ? sentenceStart : comma + 1;
    }

    /// <summary>"According to X, …": X is the source, not the subject of the sentence.</summary>
    private bool AfterSourceCue(string text, int sentenceStart, int mentionStart)
    {
        var before = text.AsSpan(sentenceStart, mentionStart - sentenceStart).TrimEnd();
        if (before.EndsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }
        foreach (var cue in sourceCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A quote opening its sentence right after another quote continues it.</summary>
    private static bool IsContinuation(string text, int sentenceStart, int open, int previousEnd) =>
        previousEnd >= 0 && open == sentenceStart && open >= previousEnd && open - previousEnd <= ContinuationReach && !text.AsSpan(previousEnd, open - previousEnd).Contains("\n\n", StringComparison.Ordinal);

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && TextChars.IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && (TextChars.IsSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }
        return (start, end);
    }

    private static int Words(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            words += !TextChars.IsSpace(text[i]) && (i == start || TextChars.IsSpace(text[i - 1])) ? 1 : 0;
        }
        return words;
    }

    private static int SentenceOf(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
