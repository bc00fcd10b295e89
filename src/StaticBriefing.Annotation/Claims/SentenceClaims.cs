using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>The claims of one sentence: attributed statements, narrator figures, and who disputes them.</summary>
public sealed class SentenceClaims(CompiledDemandLexicon lexicon, SentenceContext sentence)
{
    private readonly CueSet disputes = lexicon.Disputes;
    private readonly CueSet doubtsBefore = lexicon.DoubtsBefore;
    private readonly CueSet doubtsAfter = lexicon.DoubtsAfter;
    private const string Narrator = "narrator";
    private const int DisputeReach = 60;
    private readonly SubjectFinder speakers = new(lexicon, sentence, partiesOnly: false);

    public IEnumerable<ClaimAnnotation> Read(string text, FigureFinder figureFinder)
    {
        var tokens = sentence.Tokens;
        var statements = Statements();
        var found = new List<(int First, int End, int Anchor, string Who, string? DisputedBy)>();
        var numbers = figureFinder.Find(text, tokens);
        foreach (var statement in statements)
        {
            var figure = numbers.FirstOrDefault(f => f.First >= statement.First && f.End <= statement.End);
            var (first, end) = figure != default ? figure : (statement.First, statement.End);
            found.Add((first, end, statement.CueStart, statement.Who, Doubted(statement) ? Narrator : null));
        }
        foreach (var figure in numbers.Where(f => !statements.Any(s => f.First >= s.First && f.End <= s.End)))
        {
            found.Add((figure.First, figure.End, figure.First, Narrator, null));
        }
        found.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        foreach (var dispute in disputes.FindAll(tokens))
        {
            var disputer = speakers.SubjectIn(sentence.Clauses.StartOf(dispute.Start), dispute.Start).FirstOrDefault();
            if (disputer == default)
            {
                continue;
            }
            var by = disputer.ActorId ?? disputer.Party;
            // Only claims near the dispute: earlier in its clause or right after it (its object).
            for (var i = SortedSearch.FirstIndexFrom(found, dispute.Start - DisputeReach, static claim => claim.Anchor); i < found.Count && found[i].Anchor <= dispute.End + 2; i++)
            {
                // A claim before the dispute ("X claims …, although Y disputed it") or its object ("rejected accusations from X").
                var disputed = found[i].Anchor < dispute.Start || found[i].Anchor - dispute.End <= 2;
                if (disputed && found[i].Who != by && found[i].DisputedBy is null)
                {
                    found[i] = found[i] with { DisputedBy = by };
                }
            }
        }
        var index = tokens.Sentence.Index;
        return found.Select(c => new ClaimAnnotation(tokens.Tokens[c.First].Start, tokens.Tokens[c.End - 1].End, index, c.Who, c.DisputedBy));
    }

    /// <summary>Attributed statements, one per speaker: what follows "X said (that)", or what precedes a post-posed "…, X said."</summary>
    private List<Statement> Statements()
    {
        var statements = new List<Statement>();
        var count = sentence.Tokens.Count;
        foreach (var cue in sentence.Attributions.Matches)
        {
            var speaker = cue.Agent is { } agent
                ? speakers.PhraseAt(agent.First, count).FirstOrDefault()
                : Speaker(cue, statements.Count > 0 ? statements[^1].CueEnd : 0);
            if (speaker == default || statements.Any(s => s.Speaker.ActorId == speaker.ActorId && s.Speaker.Party == speaker.Party))
            {
                continue;
            }
            var end = sentence.Clauses.ScopeBreak(cue.End, count);
            if (CountWords(cue.End, end) >= 3)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, cue.End, end));
            }
            else if (cue.Start > 0)
            {
                statements.Add(new Statement(speaker, cue.Start, cue.End, 0, cue.Start));
            }
        }
        return statements;
    }

    /// <summary>
    /// Who speaks: the phrase right before the cue ("…,” the minister said), else the clause's
    /// subject. A cue that continues an earlier statement ("X specified, revealing that …") with no
    /// subject of its own is the same speaker, so it yields none.
    /// </summary>
    private PartyRef Speaker(CueMatch cue, int previousCueEnd)
    {
        var adjacent = speakers.SubjectIn(Math.Max(0, cue.Start - 4), cue.Start, adjacentOnly: true);
        if (adjacent.Count > 0)
        {
            return adjacent[0];
        }
        var clause = sentence.Clauses.StartOf(cue.Start);
        if (clause <= previousCueEnd && previousCueEnd > 0)
        {
            return default;
        }
        var subject = speakers.SubjectIn(clause, cue.Start);
        if (subject.Count == 0 && previousCueEnd == 0)
        {
            subject = speakers.SubjectIn(cue.Start < sentence.Clauses.FrontedEnd ? 0 : sentence.Clauses.FrontedEnd, cue.Start);
        }
        return subject.FirstOrDefault();
    }

    private bool Doubted(Statement statement)
    {
        for (var i = Math.Max(0, statement.CueStart - 3); i < statement.CueStart; i++)
        {
            if (doubtsBefore.LongestAt(sentence.Tokens, i, statement.CueStart) is not null)
            {
                return true;
            }
        }
        return doubtsAfter.FindAll(sentence.Tokens, statement.CueEnd).Count > 0;
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
