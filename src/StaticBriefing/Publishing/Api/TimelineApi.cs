using StaticBriefing.Dating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Publishing.Api;

/// <summary>Builds /api/timeline.json from the timeline events (already in date order).</summary>
public static class TimelineApi
{
    public const string Path = "api/timeline.json";

    public static TimelineDocument Build(IEnumerable<TimelineEvent> events, PublishSettings settings) => new(
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
            e.Sources.Select(s => new TimelineSourceItem(s.DateText, s.Outlet, s.Published.ToString(), s.Citation)).ToEquatableArray()))
        .ToEquatableArray());

    public static PublishedFile Create(IEnumerable<TimelineEvent> events, PublishSettings settings) =>
        ApiJson.File(Path, Build(events, settings));
}
