namespace StaticBriefing.Annotation.Demands;

/// <summary>A nationality adjective and the party it stands for.</summary>
public sealed record PartyAdjective(string Adjective, string Party);
