using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record IssueView(PageFrame Frame, IssuePositions Issue) : PageView(Frame);
