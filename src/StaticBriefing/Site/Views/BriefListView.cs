using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record BriefListView(PageFrame Frame, EquatableArray<BriefSummary> Briefs) : PageView(Frame);
