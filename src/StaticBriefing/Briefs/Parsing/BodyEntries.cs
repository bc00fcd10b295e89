namespace StaticBriefing.Briefs.Parsing;

/// <summary>The body's annotation spans as checked records, each with its file line.</summary>
public sealed class BodyEntries
{
    private static readonly Dictionary<string, string[]> AllowedKeys = new(StringComparer.Ordinal)
    {
        ["actor"] = ["ref"],
        ["date"] = ["value", "type", "mod"],
        ["demand"] = ["party", "issue", "stance", "actor"],
        ["quote"] = ["speaker"],
        ["claim"] = ["who", "disputed-by"],
    };

    public List<(BriefMention, int)> Mentions { get; } = [];

    public List<(BriefDate, int)> Dates { get; } = [];

    public List<(BriefDemand, int)> Demands { get; } = [];

    public List<(BriefQuote, int)> Quotes { get; } = [];

    public List<(BriefClaim, int)> Claims { get; } = [];

    public static BodyEntries Read(IEnumerable<BodySpan> spans, ParseContext context)
    {
        var factory = new EntryFactory(context);
        var entries = new BodyEntries();
        foreach (var span in spans)
        {
            EntryFactory.Fail fail = (field, problem) => context.AtLine(span.Line, field.Replace('_', '-'), problem);
            var unknown = span.Attributes.Properties.FirstOrDefault(p => !AllowedKeys[span.Kind].Contains(p.Key));
            if (unknown is not null)
            {
                throw fail(unknown.Key, $"unknown attribute for .{span.Kind} (allowed: {string.Join(", ", AllowedKeys[span.Kind])})");
            }
            if (span.Text.Length == 0)
            {
                throw context.AtLine(span.Line, null, $"empty .{span.Kind} span");
            }
            EntryFactory.Field get = name => span.Attributes.Get(name.Replace('_', '-'));
            switch (span.Kind)
            {
                case "actor": entries.Mentions.Add((factory.Mention(get, span.Text, span.Sentence, fail), span.Line)); break;
                case "date": entries.Dates.Add((factory.Date(get, span.Text, span.Sentence, fail), span.Line)); break;
                case "demand": entries.Demands.Add((factory.Demand(get, span.Text, span.Sentence, fail), span.Line)); break;
                case "quote": entries.Quotes.Add((factory.Quote(get, span.Text, span.Sentence, fail), span.Line)); break;
                default: entries.Claims.Add((factory.Claim(get, span.Text, span.Sentence, fail), span.Line)); break;
            }
        }
        return entries;
    }
}
