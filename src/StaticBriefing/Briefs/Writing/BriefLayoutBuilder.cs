using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// Turns offsets into a layout: every annotation is clipped to its sentence (a quote running over
/// several sentences becomes one entry per sentence), crossing spans are resolved, and the actors
/// to list are those with a mention in the body or referenced by a demand, quote or claim.
/// </summary>
public static class BriefLayoutBuilder
{
    private const int QuoteRank = 0, DemandRank = 1, ClaimRank = 2, DateRank = 3, ActorRank = 4;

    public static BriefLayout Build(AnnotatedText annotated, ActorLexicon lexicon)
    {
        var text = annotated.Text;
        var units = TextUnits.Of(text, annotated.Sentences);
        var unitOf = new Dictionary<int, int>();
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].SentenceIndex >= 0)
            {
                unitOf.TryAdd(units[i].SentenceIndex, i);
            }
        }
        var known = new HashSet<string>(annotated.Actors.Select(a => a.Id).Concat(lexicon.Actors.Select(a => a.Id)), StringComparer.Ordinal);
        var parties = new HashSet<string>(annotated.Actors.Select(a => a.Party).Concat(lexicon.Actors.Select(a => a.Party)), StringComparer.Ordinal);
        string? Known(string? id) => id is not null && known.Contains(id) ? id : null;

        var spans = new List<WriterSpan>();
        var actorSpans = new Dictionary<WriterSpan, string>(ReferenceEqualityComparer.Instance);
        var references = new List<(int Position, string Id)>();
        var dates = new List<(int, BriefDate)>();
        var demands = new List<(int, BriefDemand)>();
        var quotes = new List<(int, BriefQuote)>();
        var claims = new List<(int, BriefClaim)>();

        (int Unit, int Start, int End)? Place(int sentence, int start, int end) =>
            unitOf.TryGetValue(sentence, out var u) && BriefLayout.Clip(text, units[u], start, end) is { } r ? (u, r.Start, r.End) : null;

        foreach (var actor in annotated.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if (Place(mention.Sentence, mention.Start, mention.End) is { } p)
                {
                    var span = new WriterSpan(p.Start, p.End, p.Unit, ActorRank, AttributeWriter.Write(null, "actor", ("ref", actor.Id)));
                    spans.Add(span);
                    actorSpans[span] = actor.Id;
                }
            }
        }
        foreach (var date in annotated.Dates)
        {
            if (Place(date.Sentence, date.Start, date.End) is { } p)
            {
                spans.Add(new WriterSpan(p.Start, p.End, p.Unit, DateRank, AttributeWriter.Write(null, "date",
                    ("value", date.Value), ("type", date.Type == TimexType.Date ? null : FormatNames.Of(date.Type)), ("mod", FormatNames.Of(date.Mod)))));
                dates.Add((p.Start, new BriefDate(BriefLayout.TextOf(text, (p.Start, p.End)), date.Type, date.Value, date.Mod, units[p.Unit].Anchor)));
            }
        }
        foreach (var demand in annotated.Demands)
        {
            if (Place(demand.Sentence, demand.Start, demand.End) is { } p)
            {
                var actor = Known(demand.ActorId);
                spans.Add(new WriterSpan(p.Start, p.End, p.Unit, DemandRank, AttributeWriter.Write(null, "demand",
                    ("party", demand.Party), ("issue", demand.Issue), ("stance", FormatNames.Of(demand.Stance)), ("actor", actor))));
                demands.Add((p.Start, new BriefDemand(demand.Party, demand.Issue, demand.Stance, BriefLayout.TextOf(text, (p.Start, p.End)), units[p.Unit].Anchor, actor)));
                if (actor is not null)
                {
                    references.Add((p.Start, actor));
                }
            }
        }
        foreach (var quote in annotated.Quotes)
        {
            var speaker = Known(quote.SpeakerId);
            for (var u = 0; u < units.Count; u++)
            {
                if (units[u].End > quote.Start && units[u].Start < quote.End && BriefLayout.Clip(text, units[u], quote.Start, quote.End) is { } r)
                {
                    spans.Add(new WriterSpan(r.Start, r.End, u, QuoteRank, AttributeWriter.Write(null, "quote", ("speaker", speaker))));
                    quotes.Add((r.Start, new BriefQuote(speaker, BriefLayout.TextOf(text, r), units[u].Anchor)));
                    if (speaker is not null)
                    {
                        references.Add((r.Start, speaker));
                    }
                }
            }
        }
        foreach (var claim in annotated.Claims)
        {
            if (Place(claim.Sentence, claim.Start, claim.End) is { } p)
            {
                spans.Add(new WriterSpan(p.Start, p.End, p.Unit, ClaimRank, AttributeWriter.Write(null, "claim", ("who", claim.Who), ("disputed-by", claim.DisputedBy))));
                claims.Add((p.Start, new BriefClaim(claim.Who, claim.DisputedBy, BriefLayout.TextOf(text, (p.Start, p.End)), units[p.Unit].Anchor)));
                foreach (var id in new[] { claim.Who, claim.DisputedBy })
                {
                    // A claim names an actor or a party; only actors need listing.
                    if (Known(id) is { } actor && !parties.Contains(actor))
                    {
                        references.Add((p.Start, actor));
                    }
                }
            }
        }

        var body = SpanNesting.Resolve(spans);
        var mentioned = body.Where(actorSpans.ContainsKey).Select(s => (s.Start, Id: actorSpans[s]));
        var actorOrder = mentioned.Concat(references.Select(r => (Start: r.Position, r.Id)))
            .OrderBy(x => x.Start).Select(x => x.Id).Distinct().ToList();
        return new BriefLayout(units, body, actorOrder, InOrder(dates), InOrder(demands), InOrder(quotes), InOrder(claims));
    }

    private static List<T> InOrder<T>(List<(int Position, T Entry)> entries) =>
        entries.Select((e, i) => (e, i)).OrderBy(x => x.e.Position).ThenBy(x => x.i).Select(x => x.e.Entry).ToList();
}
