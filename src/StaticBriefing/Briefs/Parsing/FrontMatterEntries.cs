using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Briefs.Parsing.FrontMatter;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>The front matter's dates, demands, quotes and claims as checked records, each with its YAML path.</summary>
public sealed class FrontMatterEntries(ParseContext context)
{
    private readonly EntryFactory factory = new(context);

    public List<(BriefDate, string)> Dates(List<DateEntry> entries) => Each(entries, "dates", e => e.Text, e => e.Sentence,
        (e, text, sentence, fail) => factory.Date(name => name switch
        {
            "type" => e.Type,
            "value" => e.Value,
            "mod" => e.Mod,
            _ => null,
        }, text, sentence, fail));

    public List<(BriefDemand, string)> Demands(List<DemandEntry> entries) => Each(entries, "demands", e => e.Text, e => e.Sentence,
        (e, text, sentence, fail) => factory.Demand(name => name switch
        {
            "party" => e.Party,
            "issue" => e.Issue,
            "stance" => e.Stance,
            "actor" => e.Actor,
            _ => null,
        }, text, sentence, fail));

    public List<(BriefQuote, string)> Quotes(List<QuoteEntry> entries) => Each(entries, "quotes", e => e.Text, e => e.Sentence,
        (e, text, sentence, fail) => factory.Quote(name => name == "speaker" ? e.Speaker : null, text, sentence, fail));

    public List<(BriefClaim, string)> Claims(List<ClaimEntry> entries) => Each(entries, "claims", e => e.Text, e => e.Sentence,
        (e, text, sentence, fail) => factory.Claim(name => name switch
        {
            "who" => e.Who,
            "disputed_by" => e.DisputedBy,
            _ => null,
        }, text, sentence, fail));

    private List<(T, string)> Each<TEntry, T>(List<TEntry> entries, string list, Func<TEntry, string> text, Func<TEntry, string> sentence,
        Func<TEntry, string, string, EntryFactory.Fail, T> make)
    {
        var records = new List<(T, string)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"{list}[{i}]";
            var entry = entries[i];
            EntryFactory.Fail fail = (field, problem) => context.AtPath(path, field, problem);
            var normalised = SentenceText.Normalise(text(entry));
            if (normalised.Length == 0)
            {
                throw fail("text", "missing");
            }
            if (!context.Sentences.ContainsKey(sentence(entry)))
            {
                throw fail("sentence", $"no sentence {sentence(entry)} in the body");
            }
            records.Add((make(entry, normalised, sentence(entry), fail), path));
        }
        return records;
    }
}
