namespace StaticBriefing.Annotation.Demands.Matching;

public enum SlotKind
{
    /// <summary>Any actor mention.</summary>
    Actor,

    /// <summary>A mention of a person.</summary>
    Person,

    /// <summary>A mention of a state.</summary>
    State,

    /// <summary>Any actor mention, which the cue names as the party taking the stance.</summary>
    Agent,
}
