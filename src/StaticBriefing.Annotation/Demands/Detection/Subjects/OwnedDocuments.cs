using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// A document noun owned by the party phrase right before it ("Washington’s draft", "the US
/// 28-point plan", "the Commission's revised text"), and whether it is a proposal, whose stances its author proposes, or a position paper.
/// </summary>
public sealed class OwnedDocuments(SentenceContext sentence)
{
    /// <summary>How many modifiers ("28", "-", "point", "revised", "own") may stand between owner and noun.</summary>
    private const int MaxModifiers = 4;

    /// <summary>The end of the document noun owned by the phrase ending at <paramref name="from"/>, or -1.</summary>
    public int EndAfter(int from, int to)
    {
        var j = from;
        if (sentence.Tokens.Word(j) == Tokenizer.Possessive)
        {
            j++;
        }
        for (var skipped = 0; j < to && skipped <= MaxModifiers; skipped++, j++)
        {
            var end = sentence.Documents.EndOfMatchAt(j);
            if (end > 0 && end <= to)
            {
                return end;
            }
            if (!sentence.Tokens.IsNumberPart(j) && sentence.NounModifiers.EndOfMatchAt(j) != j + 1)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>Whether the document noun ending at <paramref name="end"/> is a proposal (not a position paper).</summary>
    public bool IsProposal(int end)
    {
        if (end <= 0)
        {
            return false;
        }
        var start = sentence.Documents.LastWithin(0, end) is { } match && match.End == end ? match.Start : -1;
        return start >= 0 && sentence.ProposalDocuments.EndOfMatchAt(start) == end;
    }
}
