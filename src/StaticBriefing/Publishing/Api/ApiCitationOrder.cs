using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;

namespace StaticBriefing.Publishing.Api;

/// <summary>The order of cited items in the API: oldest brief first, then brief id, then reading order.</summary>
public static class ApiCitationOrder
{
    public static IEnumerable<(Brief Brief, T Item)> InReadingOrder<T>(IEnumerable<(Brief Brief, T Item)> items, Func<T, string> anchor) =>
        items
            .OrderBy(x => x.Brief.Metadata.Published.Anchor)
            .ThenBy(x => x.Brief.Metadata.Id, StringComparer.Ordinal)
            .ThenBy(x => CitationFactory.SentenceIndex(x.Brief, anchor(x.Item)));
}
