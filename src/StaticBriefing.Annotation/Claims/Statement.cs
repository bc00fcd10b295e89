using StaticBriefing.Annotation.Demands.Detection;

namespace StaticBriefing.Annotation.Claims;

/// <summary>An attributed statement in a sentence: who says it, and the tokens [First, End) of what is said.</summary>
public sealed record Statement(PartyRef Speaker, int CueStart, int CueEnd, int First, int End)
{
    public string Who => Speaker.ActorId ?? Speaker.Party;
}
