namespace StaticBriefing.Annotation.Demands;

/// <summary>What a stance cue says: one of the five stances, a neutral agenda cue, or nothing.</summary>
public enum StanceCueKind
{
    Demands,
    Proposes,
    Rejects,
    Accepts,
    Offers,

    /// <summary>"focus on", "on the agenda": the issue's own agenda stance applies.</summary>
    Agenda,

    /// <summary>"only after", "not until": the issue before is rejected until the condition after is met.</summary>
    Condition,

    /// <summary>"made Y the price of Z": the other way round, Y before is demanded and Z after rejected until then.</summary>
    ConditionNoun,

    /// <summary>A phrase that looks like a cue but states no position ("suggesting that"); it blocks shorter cues.</summary>
    Neutral,
}
