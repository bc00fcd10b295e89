using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// Builds /api/timeline.json from the timeline events (already in date order). Each event names the
/// keys of the date disagreements it takes part in; the document lists those disagreements in full,
/// so the file stands on its own (/api/disagreements.json has them too, with the figures).
/// </summary>
public static class TimelineApi
{
    public const string Path = "api/timeline.json";

    public static TimelineDocument Build(IReadOnlyList<TimelineEvent> events, IEnumerable<Brief> briefs, PublishSettings settings)
    {
        var disputed = events.SelectMany(e => e.Disagreements).Distinct().ToList();
        return new(
            ApiJson.Version,
            settings.BaseUrl,
            events.Select(e => new TimelineItem(
                e.Key,
                e.Date.Value,
                e.Date.Mod,
                e.Date.Precision,
                e.Date.Span.Start,
                e.Date.Span.End,
                e.Date.Label,
                e.Sources.Select(s => new TimelineSourceItem(s.DateText, s.Outlet, s.Published.ToString(), s.Citation)).ToEquatableArray(),
                e.Disagreements.Select(d => d.Key).ToEquatableArray()))
            .ToEquatableArray(),
            DisagreementsApi.Items(disputed, briefs, AbsoluteUrls.For(settings)));
    }

    public static PublishedFile Create(IReadOnlyList<TimelineEvent> events, IEnumerable<Brief> briefs, PublishSettings settings) =>
        ApiJson.File(Path, Build(events, briefs, settings));
}
