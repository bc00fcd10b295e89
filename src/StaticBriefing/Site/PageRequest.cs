using StaticBriefing.Site.Views;

namespace StaticBriefing.Site;

/// <summary>A page to render: where it goes in output/ and its view model. The memo key of the Pages pipeline.</summary>
public sealed record PageRequest(string Path, PageView View);
