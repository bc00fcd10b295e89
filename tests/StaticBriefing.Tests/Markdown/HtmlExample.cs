namespace StaticBriefing.Tests.Markdown;

public sealed class HtmlExample
{
    public string Name { get; set; } = "";

    public string Markdown { get; set; } = "";

    public string Html { get; set; } = "";
}
