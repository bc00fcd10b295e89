using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Views;

public sealed record SideDemand(string Party, string PartyLabel, Stance Stance, string Issue, string IssueLabel, string Text, string Anchor);
