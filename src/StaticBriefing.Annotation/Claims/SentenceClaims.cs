using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Claims;

/// <summary>
/// The claims of one sentence: attributed statements that report rather than take a position,
/// narrator figures where no speaker is named, and who disputes them.
/// </summary>
public sealed class SentenceClaims(CompiledDemandLexicon lexicon, ClaimCues cues, SentenceContext sentence)
{
    private const string Narrator = "narrator";

    /// <summary>How many tokens before a dispute cue the claims it disputes may stand.</summary>
    private const int DisputeReach = 60;

    /// <summary>How close after a dispute cue a claim stands to be its object ("rejected accusations from X").</summary>
    private const int DisputeObjectReach = 2;

    // Built on first use: most sentences attribute nothing, and their figures need no speaker.
    private SubjectFinder? speakers;

    private SubjectFinder Speakers => speakers ??= new(lexicon, sentence, partiesOnly: false);

    public IEnumerable<ClaimAnnotation> Read(string text, FigureFinder figureFinder)
    {
        var tokens = sentence.Tokens;
        // Without a speech cue there is no statement: no finder, no position test.
        var statementFinder = sentence.Attributions.Matches.Count > 0 ? new StatementFinder(lexicon, cues, sentence, Speakers) : null;
        var statements = statementFinder?.Find() ?? [];
        var found = new List<(int First, int End, int Anchor, string Who, string? DisputedBy)>();
        var numbers = figureFinder.Find(text, tokens);
        var position = statements.Count > 0 ? new StatedPosition(cues, tokens) : null;
        foreach (var statement in statements)
        {
            var figure = FirstFigureIn(numbers, statement);
            // One claim per speaker: the first of their statements that is not a position.
            if ((figure == default && position!.Is(statement)) || HasClaimBy(found, statement.Who))
            {
                continue;
            }
            var (first, end) = figure != default ? figure : (statement.First, statement.End);
            found.Add((first, end, statement.CueStart, statement.Who, statementFinder!.IsDoubted(statement) ? Narrator : null));
        }
        // A figure in a sentence that names its speakers is theirs to claim, not the narrator's
        // ("a list of 339 children whom Kyiv says were deported").
        if (found.Count == 0)
        {
            foreach (var figure in numbers)
            {
                if (!InAnyStatement(figure, statements))
                {
                    found.Add((figure.First, figure.End, figure.First, Narrator, null));
                }
            }
        }
        if (found.Count == 0)
        {
            // No claim to dispute: the dispute cues and their subjects need not be read.
            return [];
        }
        found.Sort((a, b) => a.Anchor.CompareTo(b.Anchor));
        foreach (var dispute in lexicon.Disputes.FindAll(tokens))
        {
            var disputer = Speakers.SubjectIn(sentence.Clauses.StartOf(dispute.Start), dispute.Start).FirstOrDefault();
            if (disputer == default)
            {
                continue;
            }
            var by = disputer.ActorId ?? disputer.Party;
            // Only claims near the dispute: earlier in its clause or right after it (its object).
            for (var i = SortedSearch.FirstIndexFrom(found, dispute.Start - DisputeReach, static claim => claim.Anchor); i < found.Count && found[i].Anchor <= dispute.End + DisputeObjectReach; i++)
            {
                // A claim before the dispute ("X claims …, although Y disputed it") or its object ("rejected accusations from X").
                var disputed = found[i].Anchor < dispute.Start || found[i].Anchor - dispute.End <= DisputeObjectReach;
                if (disputed && found[i].Who != by && found[i].DisputedBy is null)
                {
                    found[i] = found[i] with { DisputedBy = by };
                }
            }
        }
        DropDisputersOwnClaims(found);
        var index = tokens.Sentence.Index;
        var claims = new List<ClaimAnnotation>(found.Count);
        foreach (var c in found)
        {
            claims.Add(new ClaimAnnotation(tokens.Tokens[c.First].Start, tokens.Tokens[c.End - 1].End, index, c.Who, c.DisputedBy));
        }
        return claims;
    }

    /// <summary>
    /// Who disputes a claim here says so in the dispute; that is no second claim ("…, although Kyiv disputed it and said …").
    /// A method of its own: its lambda's closure over the list was allocated on every call of Read, claims or none.
    /// </summary>
    private static void DropDisputersOwnClaims(List<(int First, int End, int Anchor, string Who, string? DisputedBy)> found) =>
        found.RemoveAll(c => c.Who != Narrator && found.Any(d => d.DisputedBy == c.Who && d.Anchor < c.Anchor));

    private static bool HasClaimBy(List<(int First, int End, int Anchor, string Who, string? DisputedBy)> found, string who)
    {
        foreach (var claim in found)
        {
            if (claim.Who == who)
            {
                return true;
            }
        }
        return false;
    }

    // Loops, not LINQ with lambdas: these run for every sentence and each lambda allocated a closure.
    private static (int First, int End) FirstFigureIn(List<(int First, int End)> figures, Statement statement)
    {
        foreach (var figure in figures)
        {
            if (figure.First >= statement.First && figure.End <= statement.End)
            {
                return figure;
            }
        }
        return default;
    }

    private static bool InAnyStatement((int First, int End) figure, List<Statement> statements)
    {
        foreach (var statement in statements)
        {
            if (figure.First >= statement.First && figure.End <= statement.End)
            {
                return true;
            }
        }
        return false;
    }
}
