using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Views;

/// <summary>A party's actors, reviewed ones (from the taxonomy) apart from those the annotator found on its own.</summary>
public sealed record ActorGroup(string Party, string Label, EquatableArray<ActorProfile> Reviewed, EquatableArray<ActorProfile> Unreviewed);
