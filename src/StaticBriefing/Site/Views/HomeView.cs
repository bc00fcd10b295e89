using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

/// <summary>The home page: the positions matrix, key dates around the newest brief, most active actors, latest briefs.</summary>
public sealed record HomeView(
    PageFrame Frame,
    EquatableArray<LabelledId> Parties,
    EquatableArray<IssuePositions> Issues,
    ReferenceDate? Newest,
    EquatableArray<TimelineEvent> Ahead,
    EquatableArray<TimelineEvent> JustPast,
    EquatableArray<ActorLink> MostActive,
    EquatableArray<BriefSummary> Latest) : PageView(Frame);
