using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record ActorView(PageFrame Frame, ActorProfile Actor) : PageView(Frame);
