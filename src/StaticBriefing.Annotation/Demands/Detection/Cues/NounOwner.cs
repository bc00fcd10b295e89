using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection.Cues;

/// <summary>
/// The party phrase that owns a stance noun, right before it past modifiers and number words
/// ("the American proposal", "Moscow’s demand", "Ukraine’s own 10-point plan"). The noun's
/// stance is its owner's, whoever the clause's subject is.
/// </summary>
public sealed class NounOwner(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private const int MaxModifiers = 4;

    /// <summary>
    /// Where the phrase before the noun at <paramref name="noun"/> starts (owner and modifiers),
    /// not before <paramref name="limit"/>, and the owner's first token, or -1 when none owns it.
    /// Without a possessive the owner must follow a determiner or the stance verb ending at
    /// <paramref name="limit"/> ("the US plan", "backs US plan"): "Kyiv calls for" is subject and verb.
    /// </summary>
    public (int PhraseStart, int Owner) Before(int noun, int limit, bool afterStance)
    {
        var j = noun - 1;
        for (var skipped = 0; j >= limit && skipped < MaxModifiers && IsModifier(j); skipped++)
        {
            j--;
        }
        var modifiersStart = j + 1;
        var possessive = j >= limit && sentence.Tokens.Word(j) == Tokenizer.Possessive;
        if (possessive)
        {
            j--;
        }
        if (j < limit)
        {
            return (modifiersStart, -1);
        }
        var owner = sentence.Tokens.MentionCovering(j) is { } mention && mention.End == j + 1 && mention.First >= limit
            && mention.Actor.Party != PartyRef.NoParty ? mention.First
            : lexicon.PartyAdjectives.ContainsKey(sentence.Tokens.Word(j)) ? j : -1;
        if (owner < 0 || !(possessive || FollowsDeterminer(owner, limit) || (afterStance && sentence.Determiners.EachTokenMatchedIn(limit, owner))))
        {
            return (modifiersStart, -1);
        }
        return (owner, owner);
    }

    private bool FollowsDeterminer(int owner, int limit) =>
        owner > limit && sentence.Determiners.LastWithin(limit, owner) is { } determiner && determiner.End == owner;

    private bool IsModifier(int token) =>
        sentence.Tokens.IsNumberPart(token) || sentence.NounModifiers.EndOfMatchAt(token) == token + 1;
}
