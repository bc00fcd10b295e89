namespace StaticBriefing.Site.Views;

public sealed record NotFoundView(PageFrame Frame) : PageView(Frame);
