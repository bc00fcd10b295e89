namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// Whether an actor phrase is the object of a preposition (past its determiners) and so not a
/// subject: "after a meeting with the Kremlin". A head that speaks for it ("the representative of X")
/// does not make it one.
/// </summary>
public sealed class PrepositionObjects(SentenceContext sentence)
{
    private const int MaxDelegateWords = 4;

    public bool IsObject(int first, int clauseStart)
    {
        var j = first - 1;
        while (j >= clauseStart && sentence.Determiners.EndOfMatchAt(j) == j + 1)
        {
            j--;
        }
        return j >= 0 && sentence.Prepositions.EndOfMatchAt(j) == j + 1 && !SpokenForBy(j + 1, clauseStart);
    }

    /// <summary>
    /// "The representative of X said …": a head that speaks for the party after it, itself no object
    /// (not "met the envoy of X"), leaves X the subject.
    /// </summary>
    private bool SpokenForBy(int end, int clauseStart)
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
                return !IsObject(head.Start, clauseStart);
            }
        }
        return false;
    }
}
