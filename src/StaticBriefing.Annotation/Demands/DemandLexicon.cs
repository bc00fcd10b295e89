using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

// PLACEHOLDER (owned by the demands helper): issues from input/issues.yml, stance cues from input/stances.yml.
public sealed record DemandLexicon(EquatableArray<IssueDefinition> Issues)
{
    public static DemandLexicon Parse(DataFile issues, DataFile stances) => new(EquatableArray<IssueDefinition>.Empty);
}
