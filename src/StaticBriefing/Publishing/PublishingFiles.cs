using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Api;
using StaticBriefing.Publishing.Calendar;
using StaticBriefing.Publishing.Feeds;
using StaticBriefing.Publishing.Timeline;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing;

/// <summary>
/// Every file the publishing stage adds to output/, as a pure function of the briefs, settings,
/// taxonomy, the HTML pages the site wrote (for the sitemap) and the disagreements between sources
/// the site's index found (for the timeline data and drawing). Sorted by path.
/// </summary>
public static class PublishingFiles
{
    public static EquatableArray<PublishedFile> Create(
        IReadOnlyList<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy, IEnumerable<string> htmlPages,
        IReadOnlyList<Disagreement> disagreements)
    {
        var events = TimelineEvents.From(briefs, AbsoluteUrls.For(settings), disagreements);
        var stamp = BriefOrder.NewestDate(briefs) ?? new DateOnly(1970, 1, 1);
        PublishedFile[] files =
        [
            AtomFeed.Create(briefs, settings, taxonomy),
            Sitemap.Create(htmlPages, briefs, settings),
            RobotsTxt.Create(settings),
            BriefsApi.Create(briefs, settings),
            ActorsApi.Create(briefs, settings, taxonomy),
            DemandsApi.Create(briefs, settings, taxonomy),
            TimelineApi.Create(events, briefs, settings),
            DisagreementsApi.Create(disagreements, briefs, settings),
            ICalendarFile.Create(events, stamp, settings),
            TimelineSvg.CreateFile(events, settings),
        ];
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
    }
}
