using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

/// <summary>All issues: the issue × party matrix with the clashes under it.</summary>
public sealed record IssueIndexView(PageFrame Frame, EquatableArray<LabelledId> Parties, EquatableArray<IssuePositions> Issues) : PageView(Frame);
