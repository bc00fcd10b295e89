namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>A possible mention: [Start, End), the index of its actor in the text's table, and its form.</summary>
internal readonly record struct Candidate(int Start, int End, int Actor, MentionForm Form);
