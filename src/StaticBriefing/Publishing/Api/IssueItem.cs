using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Publishing.Api;

/// <summary>An issue (ceasefire, prisoner exchange …) with every party's stated positions on it.</summary>
public sealed record IssueItem(string Id, string Label, string Url, EquatableArray<PositionItem> Positions);
