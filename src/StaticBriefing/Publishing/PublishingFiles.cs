using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Api;
using StaticBriefing.Publishing.Calendar;
using StaticBriefing.Publishing.Feeds;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Publishing;

/// <summary>
/// Every file the publishing stage adds to output/, as a pure function of the briefs, settings,
/// taxonomy and the HTML pages the site wrote (for the sitemap). Sorted by path.
/// </summary>
public static class PublishingFiles
{
    public static EquatableArray<PublishedFile> Create(
        IReadOnlyList<Brief> briefs, PublishSettings settings, PublishTaxonomy taxonomy, IEnumerable<string> htmlPages)
    {
        var events = TimelineEvents.From(briefs, AbsoluteUrls.For(settings));
        var stamp = BriefOrder.NewestDate(briefs) ?? new DateOnly(1970, 1, 1);
        PublishedFile[] files =
        [
            AtomFeed.Create(briefs, settings, taxonomy),
            Sitemap.Create(htmlPages, briefs, settings),
            RobotsTxt.Create(settings),
            BriefsApi.Create(briefs, settings),
            ActorsApi.Create(briefs, settings, taxonomy),
            DemandsApi.Create(briefs, settings, taxonomy),
            TimelineApi.Create(events, settings),
            ICalendarFile.Create(events, stamp, settings),
            TimelineSvg.CreateFile(events, settings),
        ];
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
    }
}
