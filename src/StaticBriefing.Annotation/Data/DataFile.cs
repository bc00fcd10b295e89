namespace StaticBriefing.Annotation.Data;

/// <summary>A data file's text and the name errors should give it ("input/actors.yml").</summary>
public sealed record DataFile(string Name, string Text);
