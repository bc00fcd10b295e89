using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Evaluation;

public sealed record GoldActor(string Id, EquatableArray<string> Mentions);
