namespace StaticBriefing.Publishing;

/// <summary>A file to write under output/: a relative path with '/' separators and its UTF-8 text.</summary>
public sealed record PublishedFile(string Path, string Content);
