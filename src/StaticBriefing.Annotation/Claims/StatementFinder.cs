using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Claims;

/// <summary>The statements of one sentence attributed to a speaker ("X said that …", "according to X"), and whether the narrator doubts them.</summary>
public sealed class StatementFinder(CompiledDemandLexicon lexicon, ClaimCues cues, SentenceContext sentence, SubjectFinder speakers)
{
    /// <summary>How many words a statement needs; a shorter one after its cue ("…, X said.") means what came before.</summary>
    private const int MinWords = 3;

    private const int DoubtReach = 3;

    /// <summary>How close before a cue a negation denies it ("has not confirmed").</summary>
    private const int NegationReach = 2;

    /// <summary>How close after a cue another cue continues the same statement ("said, revealing").</summary>
    private const int ContinuationGap = 1;

    private readonly StatementSpeakers speakerOf = new(sentence, speakers);

    /// <summary>Attributed statements, one per speaker: what follows "X said (that)", or what precedes a post-posed "…, X said."</summary>
    public List<Statement> Find()
    {
        var statements = new List<Statement>();
        var count = sentence.Tokens.Count;
        foreach (var cue in sentence.Attributions.Matches)
        {
            var speaker = cue.Agent is { } agent
                ? speakers.PhraseAt(agent.First, count).FirstOrDefault()
                : speakerOf.Of(cue, statements.Count > 0 ? statements[^1].CueEnd : 0);
            if (speaker == default && Continues(cue, statements) is { } previous)
            {
                // "“…,” X said, revealing that …": the same speaker goes on; a claim may follow a position.
                var scope = sentence.Clauses.ScopeBreak(cue.End, count);
                if (CountWords(cue.End, scope) >= MinWords)
                {
                    statements.Add(previous with { CueStart = cue.Start, CueEnd = cue.End, First = cue.End, End = scope });
                }
                continue;
            }
            if (speaker == default || Negated(cue) || HasSpeaker(statements, speaker))
            {
                continue;
            }
            // Where the speaker's own phrase begins: what precedes it may be what was said.
            var said = cue.Agent is null ? speakerOf.AdjacentStart(cue.Start) : cue.Start;
            var end = sentence.Clauses.ScopeBreak(cue.End, count);
            var after = CountWords(cue.End, end) >= MinWords;
            var placed = Placement(said, cue);
            if (placed == Attribution.Leading && after)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, cue.End, end));
            }
            else if (placed == Attribution.Parenthetical && after)
            {
                // "The sides will swap 300 detainees, the ministry said, with …": the whole clause is what was said.
                statements.Add(new Statement(speaker, cue.Start, cue.End, 0, end));
            }
            else if (said > 0 && BeforeSpeaker(said) is var before && CountWords(0, before) >= MinWords)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, 0, before));
            }
            else if (said < 0 && !Infinitive(cue.Start) && CountWords(0, end) >= MinWords)
            {
                // "The government of Turkey, the host, confirmed that timing.": the whole sentence is the claim.
                statements.Add(new Statement(speaker, cue.Start, cue.End, 0, end));
            }
        }
        return statements;
    }

    /// <summary>
    /// Where the attribution stands against what was said: after a closing quote ("“…,” X said"),
    /// set off by commas ("…, X said, …", "…, according to X."), or leading it.
    /// </summary>
    private Attribution Placement(int said, CueMatch cue)
    {
        if (said <= 0)
        {
            return Attribution.Leading;
        }
        var tokens = sentence.Tokens.Tokens;
        if (tokens[said].ClosesQuote)
        {
            return Attribution.AfterQuote;
        }
        return sentence.Tokens.Word(said - 1) == "," && (cue.End >= tokens.Count || !tokens[cue.End].IsWord)
            ? Attribution.Parenthetical
            : Attribution.Leading;
    }

    /// <summary>The end of what was said before the speaker's phrase, without the comma that sets the speaker off.</summary>
    // A loop, not Any with a lambda: the lambda captured the loop's speaker, so its closure was allocated for every cue.
    private static bool HasSpeaker(List<Statement> statements, PartyRef speaker)
    {
        foreach (var statement in statements)
        {
            if (statement.Speaker.ActorId == speaker.ActorId && statement.Speaker.Party == speaker.Party)
            {
                return true;
            }
        }
        return false;
    }

    private int BeforeSpeaker(int said) => sentence.Tokens.Word(said - 1) == "," ? said - 1 : said;

    /// <summary>The statement whose cue this one continues, right after it (", revealing …"), if any.</summary>
    private static Statement? Continues(CueMatch cue, List<Statement> statements) =>
        statements.Count > 0 && cue.Start - statements[^1].CueEnd is >= 0 and <= ContinuationGap ? statements[^1] : null;

    /// <summary>Whether the cue is an infinitive ("chose to say nothing", "declined to confirm"), which states nothing.</summary>
    private bool Infinitive(int cueStart) => cueStart > 0 && cues.InfinitiveMarkers.LongestAt(sentence.Tokens, cueStart - 1, cueStart) is not null;

    private bool Negated(CueMatch cue) => sentence.Negators.AnyWithin(Math.Max(0, cue.Start - NegationReach), cue.Start);

    /// <summary>Whether the narrator doubts the statement ("despite claims by X", "…, yet").</summary>
    public bool IsDoubted(Statement statement)
    {
        for (var i = Math.Max(0, statement.CueStart - DoubtReach); i < statement.CueStart; i++)
        {
            if (lexicon.DoubtsBefore.LongestAt(sentence.Tokens, i, statement.CueStart) is not null)
            {
                return true;
            }
        }
        return lexicon.DoubtsAfter.FindAll(sentence.Tokens, statement.CueEnd).Count > 0;
    }

    private int CountWords(int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            words += sentence.Tokens.Tokens[i].IsWord ? 1 : 0;
        }
        return words;
    }
}
