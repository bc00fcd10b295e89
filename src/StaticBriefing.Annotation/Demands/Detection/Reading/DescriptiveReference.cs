using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// A noun phrase that names an earlier issue by what it is: "the invitation" (to a leaders' meeting),
/// "such exchanges" (of prisoners), "Russia's document" (a memorandum). Issues declare these nouns
/// (<c>referred_to_as</c> in input/issues.yml). The phrase refers to the issues that declare its noun
/// and were named last: earlier in the sentence, else in one of the last few sentences. Where none
/// was, it is no reference (a "meeting" with no summit in mind is only a meeting).
/// </summary>
public sealed class DescriptiveReference(CompiledDemandLexicon lexicon, SentenceContext sentence, DiscourseMemory memory)
{
    /// <summary>How many words may stand between the determiner and the noun ("the Russian side's latest document").</summary>
    private const int ModifierReach = 2;

    /// <summary>How far into a cue's scope its object may start ("agreed to continue such exchanges").</summary>
    private const int ObjectReach = 5;

    /// <summary>How far before a cue that looks back its subject may stand ("the invitation, sent on Monday, was rejected by").</summary>
    private const int SubjectReach = 12;

    /// <summary>How many issue cues back in the sentence a phrase may look, as for pronouns: a long sentence stays linear.</summary>
    private const int IssueLookBack = 8;

    /// <summary>The first such phrase in [from, to), within reach of <paramref name="from"/> and with no punctuation before it.</summary>
    public IReadOnlyList<(IssueDefinition Issue, int First, int End)> After(int from, int to)
    {
        var limit = Math.Min(to, from + ObjectReach);
        for (var noun = from; noun < limit && sentence.Tokens.Tokens[noun].IsWord; noun++)
        {
            if (Referents(noun, from) is { Count: > 0 } found)
            {
                return found;
            }
        }
        return [];
    }

    /// <summary>The last such phrase in [from, to): the subject of a cue that looks back ("the invitation was rejected by Kyiv").</summary>
    public IReadOnlyList<(IssueDefinition Issue, int First, int End)> Before(int from, int to)
    {
        for (var noun = to - 1; noun >= Math.Max(from, to - SubjectReach); noun--)
        {
            if (Referents(noun, from) is { Count: > 0 } found)
            {
                return found;
            }
        }
        return [];
    }

    private List<(IssueDefinition Issue, int First, int End)> Referents(int noun, int from)
    {
        var word = sentence.Tokens.Word(noun);
        if (!lexicon.ReferredNouns.Contains(word) || sentence.Tokens.InsideMention(noun, noun + 1) || Opening(noun, from) is not { } first)
        {
            return [];
        }
        var issues = LastNamedReferredToAs(word, first);
        return issues.Select(issue => (issue, first, noun + 1)).ToList();
    }

    /// <summary>Where the phrase ending at <paramref name="noun"/> opens: a determiner or a possessive a few words before it.</summary>
    private int? Opening(int noun, int from)
    {
        for (var i = noun - 1; i >= Math.Max(from, noun - 1 - ModifierReach); i--)
        {
            if (!sentence.Tokens.Tokens[i].IsWord)
            {
                return null;
            }
            var word = sentence.Tokens.Word(i);
            if (sentence.Determiners.EndOfMatchAt(i) == i + 1 && !lexicon.Grammar.Anaphora.ReferenceDeterminers.Contains(word))
            {
                // "a contingent" introduces one.
                return null;
            }
            if (lexicon.Grammar.Anaphora.ReferenceDeterminers.Contains(word) || word == Tokenizer.Possessive)
            {
                // "Russia's document": the owner is part of the phrase.
                return word == Tokenizer.Possessive && sentence.Tokens.MentionCovering(i - 1) is { } owner ? owner.First : i;
            }
        }
        return null;
    }

    /// <summary>The issues declaring <paramref name="word"/> that were named last before <paramref name="token"/>: all of one sentence, the nearest first.</summary>
    private List<IssueDefinition> LastNamedReferredToAs(string word, int token)
    {
        var here = new List<IssueDefinition>();
        for (var i = sentence.FirstIssueIndexFrom(token) - 1; i >= 0 && here.Count < IssueLookBack; i--)
        {
            if (sentence.Issues[i].End <= token)
            {
                here.Add(sentence.Issues[i].Issue);
            }
        }
        var found = Declaring(here, word);
        for (var back = memory.IssuesBySentence.Count - 1; found.Count == 0 && back >= 0; back--)
        {
            found = Declaring(memory.IssuesBySentence[back], word);
        }
        return found;
    }

    private static List<IssueDefinition> Declaring(IReadOnlyList<IssueDefinition> issues, string word) =>
        issues.Where(issue => issue.ReferredToAs.Contains(word)).Distinct().ToList();
}
