using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Verb forms that change what a nearby tense cue means for a date: an infinitive ("agreed to meet
/// on Feb. 1": the meeting lies ahead of the agreement) and a past participle that completes an
/// object ("keep the army paid through the spring": a state to keep, not a past event), and a
/// present that schedules ("meets in London on Friday").
/// </summary>
internal sealed class VerbForms(ScanContext scan)
{
    private const int ObjectReach = 3;
    private const int AuxiliaryReach = 2;

    /// <summary>An infinitive marker before a lower-case word that is neither a determiner, a count nor a plural noun ("to the", "to two", "to talks").</summary>
    public bool IsInfinitive(int i)
    {
        if (!scan.In(i, scan.Lexicon.InfinitiveMarkers) || i + 1 >= scan.Count)
        {
            return false;
        }
        var next = scan.Tokens[i + 1];
        return next.Kind == TokenKind.Word && !next.Capitalized && !scan.In(i + 1, scan.Lexicon.NotInfinitives)
            && scan.Lexicon.NumberWords.Match(scan.Tokens, i + 1, scan.Count, out _) == 0 && scan.Unit(i + 1) is null
            && !LooksPlural(scan.TextOf(i + 1));
    }

    /// <summary>
    /// A past form one to three words after an object-complement verb, with only words between: "keep the army paid", "got Kyiv supplied";
    /// or right after a verb whose object was fronted: "the package which Kallas wants adopted".
    /// </summary>
    public bool IsObjectComplement(int i)
    {
        if (scan.In(i - 1, scan.Lexicon.FrontedObjectVerbs))
        {
            return true;
        }
        for (var k = i - 1; k >= 0 && k >= i - 1 - ObjectReach; k--)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
            if (k < i - 1 && scan.In(k, scan.Lexicon.ObjectComplementVerbs))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A past form in a passive infinitive ("to be paid in October"): its event lies ahead of the verb before it, as an active infinitive's does.</summary>
    public bool IsPassiveInfinitive(int i) =>
        scan.In(i - 1, scan.Lexicon.PassiveAuxiliaries) && scan.In(i - 2, scan.Lexicon.InfinitiveMarkers);

    /// <summary>
    /// A scheduling present ("the coalition meets in London on Friday") looks ahead; in a timeline it is
    /// historic ("Dec. 28 - Trump hosts …"); after a past or future auxiliary ("did not meet", "will
    /// meet") it says nothing itself and the walk goes on to the auxiliary.
    /// </summary>
    public TenseCue? ScheduledPresent(int i)
    {
        if (scan.TimelineAt(i) is not null)
        {
            return TenseCue.Past;
        }
        for (var k = i - 1; k >= 0 && k >= i - AuxiliaryReach; k--)
        {
            if (scan.Tokens[k].Kind == TokenKind.Word && (scan.In(k, scan.Lexicon.PastCues) || scan.In(k, scan.Lexicon.FutureCues) || scan.In(k, scan.Lexicon.InfinitiveMarkers)))
            {
                return null;
            }
        }
        return TenseCue.Future;
    }

    /// <summary>A bare infinitive never ends in a lone -s ("to talks" is a noun); "to discuss", "to focus" do end in s.</summary>
    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !(word[^2] is 's' or 'u' or 'i' or 'S' or 'U' or 'I');
}
