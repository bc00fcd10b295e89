using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Indexes;

public sealed record StanceCount(Stance Stance, int Count);
