using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// The outermost actor mentions of a sentence in token terms, sorted by first token. They never share a
/// token, so the one covering a token is found by a binary search: no per-token array for each sentence.
/// </summary>
internal sealed class AlignedMentions
{
    // Past this many mentions in a sentence the sort keys go on the heap, not the stack.
    private const int MaxStackMentions = 32;

    // Sorted by first token; only the first count are filled (no list grown and copied per sentence).
    private readonly MentionSpan[] spans;
    private readonly int count;

    private AlignedMentions(MentionSpan[] spans, int count)
    {
        this.spans = spans;
        this.count = count;
    }

    public static AlignedMentions None { get; } = new([], 0);

    /// <summary>The mentions, sorted by first token.</summary>
    public ReadOnlySpan<MentionSpan> Spans => spans.AsSpan(0, count);

    /// <summary>Aligns the outermost of <paramref name="mentions"/> to the tokens (the longer first where two start together, ties in their given order).</summary>
    public static AlignedMentions Of(ReadOnlySpan<(Mention Mention, ActorAnnotation Actor)> mentions, SentenceTokens tokens)
    {
        // Sorted by start, the longer first, then by given order: the keys are unique, so the order is the stable sort's.
        Span<(int Start, int NegativeEnd, int Index)> order = mentions.Length <= MaxStackMentions
            ? stackalloc (int, int, int)[mentions.Length]
            : new (int, int, int)[mentions.Length];
        for (var i = 0; i < mentions.Length; i++)
        {
            order[i] = (mentions[i].Mention.Start, -mentions[i].Mention.End, i);
        }
        order.Sort();
        MentionSpan[]? found = null;
        var count = 0;
        var reach = -1;
        foreach (var (_, _, index) in order)
        {
            var (mention, actor) = mentions[index];
            if (mention.Start < reach)
            {
                continue;
            }
            reach = mention.End;
            var first = tokens.FirstTokenAtOrAfter(mention.Start);
            var end = tokens.FirstTokenAtOrAfter(mention.End);
            if (first < end && tokens.Tokens[first].Start < mention.End)
            {
                (found ??= new MentionSpan[mentions.Length])[count++] = new MentionSpan(first, end, actor);
            }
        }
        return found is null ? None : new(found, count);
    }

    /// <summary>The mention covering <paramref name="token"/>, or null.</summary>
    public MentionSpan? Covering(int token)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].First <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo > 0 && token < spans[lo - 1].End ? spans[lo - 1] : null;
    }
}
