using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record SourceView(PageFrame Frame, SourceProfile Source) : PageView(Frame);
