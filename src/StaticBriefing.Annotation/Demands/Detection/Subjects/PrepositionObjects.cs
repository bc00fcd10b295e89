namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// Whether an actor phrase is the object of a preposition (past its determiners) and so not a
/// subject: "after a meeting with the Kremlin". A head that speaks for it ("the representative of X")
/// does not make it one.
/// </summary>
public sealed class PrepositionObjects(SentenceContext sentence)
{
    private const int MaxDelegateWords = 4;

    /// <summary>How many heads in a row are followed back ("the head of the delegation of X"); hostile text may chain thousands.</summary>
    private const int MaxDelegateChain = 4;

    public bool IsObject(int first, int clauseStart)
    {
        // "The representative of X said …": a head that speaks for the party after it, itself no object
        // (not "met the envoy of X"), leaves X the subject; so follow such heads back to the first.
        for (var chain = 0; chain <= MaxDelegateChain; chain++)
        {
            var j = first - 1;
            while (j >= clauseStart && sentence.Determiners.EndOfMatchAt(j) == j + 1)
            {
                j--;
            }
            if (j < 0 || sentence.Prepositions.EndOfMatchAt(j) != j + 1)
            {
                return false;
            }
            if (HeadEndingAt(j + 1, clauseStart) is not { } head)
            {
                return true;
            }
            first = head;
        }
        return true;
    }

    /// <summary>The start of a head that speaks for the party after it and ends at <paramref name="end"/> ("the representative of"), or null.</summary>
    private int? HeadEndingAt(int end, int clauseStart)
    {
        var from = Math.Max(clauseStart, end - MaxDelegateWords);
        for (var index = sentence.Delegates.FirstIndexFrom(from); index < sentence.Delegates.Matches.Count; index++)
        {
            var head = sentence.Delegates.Matches[index];
            if (head.Start >= end)
            {
                break;
            }
            if (head.End == end)
            {
                return head.Start;
            }
        }
        return null;
    }
}
