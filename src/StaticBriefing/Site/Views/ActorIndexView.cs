using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Views;

public sealed record ActorIndexView(PageFrame Frame, EquatableArray<ActorGroup> Groups) : PageView(Frame);
