using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Parsing.FrontMatter;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Brief Markdown → <see cref="Brief"/>. Strict: unknown keys, missing fields, unknown actors,
/// issues or parties, invalid dates, duplicate anchors, and any disagreement between front matter
/// and body raise a <see cref="DataFileException"/> naming file, line and field.
/// </summary>
public static class BriefParser
{
    /// <param name="expectedId">When given (the NAME of input/briefs/NAME.md), the front matter's id must equal it.</param>
    public static Brief Parse(DataFile file, BriefVocabulary vocabulary, string? expectedId = null)
    {
        var split = FrontMatterSplitter.Split(file);
        var front = StrictYaml.Deserialize<BriefFrontMatter>(split.Yaml, file.Name);
        var context = new ParseContext(file.Name, new YamlLineMap(split.Yaml), vocabulary);
        var metadata = MetadataReader.Read(front, context);
        if (expectedId is not null && metadata.Id != expectedId)
        {
            throw context.AtPath("", "id", $"'{metadata.Id}' does not match the file, which is for brief '{expectedId}'");
        }
        var body = BodyReader.Read(file.Name, split.Body, split.BodyLine);
        foreach (var sentence in body.Sentences)
        {
            context.Sentences[sentence.Anchor] = sentence;
        }
        var actors = ActorsReader.Read(front.Actors, context);
        var entries = new FrontMatterEntries(context);
        var dates = entries.Dates(front.Dates);
        var demands = entries.Demands(front.Demands);
        var quotes = entries.Quotes(front.Quotes);
        var claims = entries.Claims(front.Claims);
        var spans = BodyEntries.Read(body.Spans, context);
        Agreement.Check("dates", dates, spans.Dates, d => d.Text, d => d.Sentence, context);
        Agreement.Check("demands", demands, spans.Demands, d => d.Text, d => d.Sentence, context);
        Agreement.Check("quotes", quotes, spans.Quotes, q => q.Text, q => q.Sentence, context);
        Agreement.Check("claims", claims, spans.Claims, c => c.Text, c => c.Sentence, context);
        var mentions = spans.Mentions.Select(m => m.Item1).ToList();
        CheckEveryActorIsUsed(actors, mentions, demands, quotes, claims, context);
        return new Brief(
            metadata,
            actors.ToEquatableArray(),
            body.Sentences.Select(s => new BriefSentence(s.Anchor, s.Text, s.Paragraph, s.Headline)).ToEquatableArray(),
            mentions.ToEquatableArray(),
            dates.Select(d => d.Item1).ToEquatableArray(),
            demands.Select(d => d.Item1).ToEquatableArray(),
            quotes.Select(q => q.Item1).ToEquatableArray(),
            claims.Select(c => c.Item1).ToEquatableArray(),
            split.Body,
            split.Markdown,
            file.Name);
    }

    private static void CheckEveryActorIsUsed(IReadOnlyList<BriefActor> actors, List<BriefMention> mentions,
        List<(BriefDemand, string)> demands, List<(BriefQuote, string)> quotes, List<(BriefClaim, string)> claims, ParseContext context)
    {
        var used = new HashSet<string>(mentions.Select(m => m.ActorId), StringComparer.Ordinal);
        used.UnionWith(demands.Select(d => d.Item1.ActorId).OfType<string>());
        used.UnionWith(quotes.Select(q => q.Item1.Speaker).OfType<string>());
        used.UnionWith(claims.SelectMany(c => new[] { c.Item1.Who, c.Item1.DisputedBy }).OfType<string>());
        for (var i = 0; i < actors.Count; i++)
        {
            if (!used.Contains(actors[i].Id))
            {
                throw context.AtPath($"actors[{i}]", "id",
                    $"actor '{actors[i].Id}' is listed but neither mentioned in the body nor named by a demand, quote or claim");
            }
        }
    }
}
