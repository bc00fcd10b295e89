using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

public sealed record SourceIndexView(PageFrame Frame, EquatableArray<SourceProfile> Sources) : PageView(Frame);
