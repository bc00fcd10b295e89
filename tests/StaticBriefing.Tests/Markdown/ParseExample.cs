namespace StaticBriefing.Tests.Markdown;

public sealed class ParseExample
{
    public string Name { get; set; } = "";

    public string Markdown { get; set; } = "";

    /// <summary>"ANCHOR | paragraph | normalised text" per sentence.</summary>
    public List<string> Sentences { get; set; } = [];

    /// <summary>"kind key=value … | text | sentence anchor" per annotation span, in text order.</summary>
    public List<string> Spans { get; set; } = [];
}
