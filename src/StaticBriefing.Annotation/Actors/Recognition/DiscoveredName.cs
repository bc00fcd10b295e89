namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>A name read from the text: where it stands, its words joined by single spaces, and hints about it.</summary>
internal sealed record DiscoveredName(int Start, int End, string Name, int Words, bool LooksLikeOrganisation, string LastWord);
