namespace StaticBriefing.Annotation.Demands.Detection.Subjects;

/// <summary>
/// The speaker named after a stance ("…, the minister said"): the subject right before one of the next
/// two speech verbs, or, for a pronoun there ("…, he said"), the last sentence's subject.
/// </summary>
public sealed class PostposedSpeakers(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory, SubjectFinder subjects)
{
    /// <summary>How many words a closing speaker ("…, the Russian foreign minister said") may have.</summary>
    private const int MaxSpeakerWords = 5;

    /// <summary>The speaker of one of the next two speech verbs after <paramref name="after"/>, or none.</summary>
    public IReadOnlyList<PartyRef> After(int after)
    {
        var attributions = sentence.Attributions.Matches;
        var first = sentence.Attributions.FirstIndexFrom(after + 1);
        for (var index = first; index < Math.Min(attributions.Count, first + 2); index++)
        {
            var attribution = attributions[index];
            var speakerBefore = subjects.SubjectIn(Math.Max(after, attribution.Start - 4), attribution.Start, adjacentOnly: true);
            if (speakerBefore.Count > 0)
            {
                return speakerBefore;
            }
            if (PronounBefore(attribution.Start, after))
            {
                // "…, he said": the pronoun refers back like a pronoun subject.
                return memory.RecentSubject;
            }
        }
        return [];
    }

    /// <summary>
    /// The speaker named right before the last speech verb before <paramref name="token"/> ("“…,” Merz told
    /// reporters, urging …"), or the last sentence's subject for a pronoun there; none when no name stands there.
    /// </summary>
    public IReadOnlyList<PartyRef> Before(int token)
    {
        if (sentence.Attributions.LastWithin(0, token) is not { } said || said.End > token)
        {
            return [];
        }
        var named = subjects.SubjectIn(Math.Max(0, said.Start - MaxSpeakerWords), said.Start, adjacentOnly: true);
        return named.Count > 0 ? named : PronounBefore(said.Start, 0) ? memory.RecentSubject : [];
    }

    /// <summary>
    /// Who a sentence that ends "…, X said" reports, which is what a later "he" refers to rather than the
    /// subject of what was said ("Ukraine must leave, he said. He added …"): X, or none for a pronoun
    /// (it refers on, see <see cref="ClosingPronoun"/>); null when the sentence does not end so.
    /// </summary>
    public IReadOnlyList<PartyRef>? ClosingSpeaker()
    {
        if (ClosingSpeakerStart() is not var (start, attribution))
        {
            return null;
        }
        return PronounBefore(attribution, start) ? [] : subjects.SubjectIn(start, attribution, adjacentOnly: true) is { Count: > 0 } named ? named : null;
    }

    /// <summary>Whether the sentence ends "…, he said", so that "he" refers on to the subject before.</summary>
    public bool ClosingPronoun() => ClosingSpeakerStart() is var (start, attribution) && PronounBefore(attribution, start);

    /// <summary>Where the speaker after the last comma or quote mark starts, and its speech verb.</summary>
    private (int Start, int Attribution)? ClosingSpeakerStart()
    {
        if (sentence.Attributions.Matches.Count == 0)
        {
            return null;
        }
        var attribution = sentence.Attributions.Matches[^1].Start;
        for (var i = attribution - 1; i >= Math.Max(0, attribution - MaxSpeakerWords); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return i < attribution - 1 ? (i + 1, attribution) : null;
            }
        }
        return null;
    }

    /// <summary>Whether a third-person pronoun ("he", "her government") ends right before <paramref name="attributionStart"/>.</summary>
    private bool PronounBefore(int attributionStart, int after)
    {
        for (var i = attributionStart - 1; i >= Math.Max(after, attributionStart - 3); i--)
        {
            if (sentence.Pronouns.EndOfMatchAt(i) == attributionStart)
            {
                return !lexicon.Grammar.FirstPersonPronouns.Contains(sentence.Tokens.Word(i));
            }
        }
        return false;
    }
}
