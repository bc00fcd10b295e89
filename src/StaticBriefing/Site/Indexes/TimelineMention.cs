using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

/// <summary>A date as one brief writes it ("the end of August"), its TIMEX3 value and the sentence it dates.</summary>
public sealed record TimelineMention(string Text, string Value, TimexMod Mod, string SourceKey, Citation Citation);
