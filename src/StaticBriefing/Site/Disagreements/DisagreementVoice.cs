using StaticBriefing.Dating;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// One sentence's version in a disagreement: the value it gives ("23–24 Jul 2025", "7,000, disputed
/// by Ukraine"), its own words, the source it comes from and the cited sentence. Days is set for dates.
/// </summary>
public sealed record DisagreementVoice(string Value, string Words, string SourceKey, Citation Citation, DateSpan? Days = null)
{
    public const int SnippetLength = 160;

    /// <summary>A citation with a shorter snippet than usual, centred on the words that differ: lists of versions stay readable.</summary>
    public static Citation Cite(IndexedBrief brief, string anchor, string focus) =>
        brief.Cite(anchor, focus) with { Snippet = Snippet.Around(brief.SentenceText(anchor), focus, SnippetLength) };
}
