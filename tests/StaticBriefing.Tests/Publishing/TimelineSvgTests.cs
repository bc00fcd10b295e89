using System.Xml.Linq;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Tests.Publishing;

public class TimelineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static IReadOnlyList<TimelineEvent> Events => TimelineEvents.From(SampleBriefs.Both, AbsoluteUrls.For(SampleBriefs.Settings));

    [Fact]
    public void Svg_parses_and_is_an_accessible_image_with_title_and_desc()
    {
        var svg = XDocument.Parse(TimelineSvg.CreateFile(Events, SampleBriefs.Settings).Content).Root!;
        svg.Name.ShouldBe(Svg + "svg");
        svg.Attribute("role")!.Value.ShouldBe("img");
        svg.Attribute("aria-labelledby")!.Value.ShouldBe("timeline-svg-title timeline-svg-desc");
        svg.Element(Svg + "title")!.Value.ShouldBe("Test Briefing: timeline of dated events");
        svg.Element(Svg + "desc")!.Value.ShouldStartWith("3 dated events, the first from 2022, the last 21–31 Aug 2025.");
    }

    [Fact]
    public void One_row_per_event_with_hollow_dots_for_fuzzy_dates()
    {
        var svg = XDocument.Parse(TimelineSvg.CreateFile(Events, SampleBriefs.Settings).Content).Root!;
        svg.Elements(Svg + "circle").Select(c => c.Attribute("fill")!.Value).ShouldBe(["#ffffff", "#1b1d21", "#ffffff"]);
        svg.Elements(Svg + "text").Select(t => t.Value).ShouldContain("21–31 Aug 2025");
    }

    [Fact]
    public void Hostile_text_is_escaped_and_no_script_or_style_is_emitted()
    {
        var hostile = SampleBriefs.Newer with
        {
            Sentences = new[] { new BriefSentence("s-dddddd", "<b>x</b> & \"y\" On July 23\u0001 <script>", 1) }.ToEquatableArray(),
        };
        var markup = TimelineSvg.Render(TimelineEvents.From([hostile], AbsoluteUrls.For(SampleBriefs.Settings)), SampleBriefs.Settings);
        markup.ShouldNotStartWith("<?xml");
        markup.ShouldNotContain("<script");
        markup.ShouldNotContain("<b>");
        markup.ShouldNotContain("<style");
        markup.ShouldNotContain("\u0001");
        markup.ShouldContain("&lt;b&gt;x&lt;/b&gt; &amp;");
        var texts = XDocument.Parse(markup).Root!.Elements(Svg + "text").Select(t => t.Value).ToList();
        texts.ShouldContain("<b>x</b> & \"y\" On July 23 <script> · 1 source");
    }

    [Fact]
    public void Empty_timeline_still_draws_a_valid_image()
    {
        var svg = XDocument.Parse(TimelineSvg.Render([], SampleBriefs.Settings)).Root!;
        svg.Element(Svg + "desc")!.Value.ShouldBe("No dated events yet.");
    }
}
