using StaticBriefing.Pipeline;

namespace StaticBriefing.Site.Assets;

/// <summary>A published asset: its logical name ("site.css") and its fingerprinted file ("assets/site.3f2a9c.css").</summary>
public sealed record Asset(string LogicalPath, OutputFile File);
