namespace StaticBriefing.Site.Sources;

/// <summary>
/// What a brief is made from, as a value (the memo key of the Briefs pipeline): its id, the file
/// it comes from, a stamp of that file's content (and its sidecar or hand correction) and a stamp
/// of the knowledge files, so an unchanged seed under unchanged knowledge is not redone.
/// </summary>
public sealed record BriefInput(string Id, string SourceFile, string ContentStamp, string KnowledgeStamp);
