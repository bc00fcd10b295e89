using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

public sealed record BriefDate(string Text, TimexType Type, string Value, TimexMod Mod, string Sentence);
