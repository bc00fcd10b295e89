using StaticBriefing.Briefs;
using StaticBriefing.Site.Urls;

namespace StaticBriefing.Site.Indexes;

/// <summary>A brief with its sentences by anchor, so citations can quote them.</summary>
public sealed class IndexedBrief
{
    private readonly Dictionary<string, BriefSentence> sentences;

    public IndexedBrief(Brief brief)
    {
        Brief = brief;
        sentences = new Dictionary<string, BriefSentence>(StringComparer.Ordinal);
        foreach (var sentence in brief.Sentences)
        {
            sentences.TryAdd(sentence.Anchor, sentence);
        }
        var outlet = brief.Metadata.Outlet;
        SourceKey = string.IsNullOrWhiteSpace(outlet) ? "brief:" + brief.Metadata.Id : Slug.Of(outlet);
        Summary = new BriefSummary(
            brief.Metadata.Id,
            brief.Metadata.Title,
            outlet,
            brief.Metadata.Author,
            brief.Metadata.Published,
            SourceKey,
            brief.Actors.Count,
            brief.Demands.Count,
            brief.Dates.Count);
    }

    public Brief Brief { get; }

    public string Id => Brief.Metadata.Id;

    public string SourceKey { get; }

    public BriefSummary Summary { get; }

    /// <summary>The position of a sentence in the brief, for ordering citations as the text runs.</summary>
    public int Position(string anchor)
    {
        for (var i = 0; i < Brief.Sentences.Count; i++)
        {
            if (Brief.Sentences[i].Anchor == anchor)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    public string SentenceText(string anchor) => sentences.TryGetValue(anchor, out var sentence) ? sentence.Text : "";

    public Citation Cite(string anchor, string? focus = null) =>
        new(Id, Brief.Metadata.Title, Brief.Metadata.Outlet, anchor, Snippet.Around(SentenceText(anchor), focus));
}
