namespace StaticBriefing.Site.Sources;

/// <summary>
/// What a brief is made from, as a value: its id, the file it comes from, that file's text and a
/// stamp of the knowledge files, so an unchanged seed under unchanged knowledge is not redone.
/// </summary>
public sealed record BriefInput(string Id, string SourceFile, string Text, string KnowledgeStamp);
