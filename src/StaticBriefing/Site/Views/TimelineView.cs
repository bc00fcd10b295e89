using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record TimelineView(PageFrame Frame, EquatableArray<TimelineEvent> Events) : PageView(Frame);
