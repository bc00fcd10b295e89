using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Markdown.Annotations;
using StaticBriefing.Tests.Briefs;

namespace StaticBriefing.Tests.Markdown;

/// <summary>A brief body rendered with the annotation renderer: Specs/body-html.yml.</summary>
public class BodyHtmlSpecTests
{
    private const string File = "body-html.yml";

    private static readonly BodyLabels Labels = new(
        [new BriefActor("new-person", "New Person", ActorKind.Person, "none", "observer", Reviewed: false)], Fixtures.Vocabulary);

    public static TheoryData<string> Examples => SpecFile.Names<HtmlExample>(File, e => e.Name);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_as_specified(string name)
    {
        var example = SpecFile.Load<HtmlExample>(File).Single(e => e.Name == name);
        BriefBodyHtml.Render(example.Markdown, new TestLinks(), Labels).ShouldBe(example.Html);
    }
}
