namespace StaticBriefing.Annotation.Model;

/// <summary>One place an actor is named: [Start, End) offsets and the index of its sentence.</summary>
public sealed record Mention(int Start, int End, int Sentence);
