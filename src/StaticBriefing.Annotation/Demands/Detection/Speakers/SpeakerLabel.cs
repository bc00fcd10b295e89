namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// A line that says who speaks next: "NAME (Constituency) (Party)", "Role (NAME)", "NAME, 09:12",
/// "NAME:" alone, or "NAME: words …" inline. <see cref="Speaker"/> is null for a label naming no
/// actor ("QUESTION:"), which still ends the passage before it. The speech starts at <see cref="BodyStart"/>.
/// </summary>
internal sealed record SpeakerLabel(string? Speaker, int BodyStart);
