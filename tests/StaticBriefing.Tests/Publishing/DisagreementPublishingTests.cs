using System.Text.Json;
using System.Xml.Linq;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Api;
using StaticBriefing.Publishing.Timeline;
using StaticBriefing.Site.Disagreements;
using SiteIndexBuilder = StaticBriefing.Site.Indexes.SiteIndexBuilder;
using StaticBriefing.Tests.HandMadeBriefs;
using StaticBriefing.Tests.Site;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Publishing;

/// <summary>Disagreements found by the site's index, carried into /api/timeline.json, /api/disagreements.json and the SVG timeline.</summary>
public class DisagreementPublishingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Brief Dated(string id, string outlet, string sentence, params (string Text, string Value)[] dates)
    {
        var builder = new BriefBuilder(id, id.ToUpperInvariant()).By(outlet, null).Paragraph(sentence);
        foreach (var (text, value) in dates)
        {
            builder.Date(text, value);
        }
        return builder.Build();
    }

    /// <summary>Two outlets date the talks differently; a third dates something else on one of those days.</summary>
    private static IReadOnlyList<Brief> Briefs { get; } =
    [
        Dated("a", "Outlet One", "The talks open in the capital on Wednesday.", ("Wednesday", "2030-03-13")),
        Dated("b", "Outlet <Two> & Co", "The talks are planned for Thursday.", ("Thursday", "2030-03-14")),
        Dated("c", "Outlet Three", "Parliament voted on the budget on March 1.", ("March 1", "2030-03-01")),
        new BriefBuilder("d", "D").By("Outlet One", null).Paragraph("The army has freed 1,200 prisoners this year.").Claim("narrator", "1,200 prisoners").Build(),
        new BriefBuilder("e", "E").By("Outlet Three", null).Paragraph("The army has freed about 1,000 prisoners this year.").Claim("narrator", "about 1,000 prisoners").Build(),
    ];

    private static IReadOnlyList<Disagreement> Found => SiteIndexBuilder.Build(Briefs, SiteFixture.Taxonomy).Disagreements;

    private static IReadOnlyList<TimelineEvent> Events => TimelineEvents.From(Briefs, AbsoluteUrls.For(SampleBriefs.Settings), Found);

    private static JsonElement Parse(PublishedFile file) => JsonDocument.Parse(file.Content).RootElement;

    [Fact]
    public void Timeline_events_carry_the_date_disagreements_their_sentences_take_part_in()
    {
        Found.Select(d => d.Kind).ShouldBe(["date", "number"]);
        Events.Select(e => (e.Key, e.Disputed)).ShouldBe([("2030-03-01", false), ("2030-03-13", true), ("2030-03-14", true)]);
        Events[1].Disagreements.ShouldHaveSingleItem().ShouldBe(Found[0]);
    }

    [Fact]
    public void Timeline_json_names_each_events_disagreements_and_lists_them_with_cited_versions()
    {
        var json = Parse(TimelineApi.Create(Events, Briefs, SampleBriefs.Settings));
        var events = json.GetProperty("events").EnumerateArray().ToList();
        events[0].GetProperty("disagreements").GetArrayLength().ShouldBe(0);
        events[1].GetProperty("disagreements").EnumerateArray().Select(k => k.GetString()).ShouldBe([Found[0].Key]);
        events[2].GetProperty("disagreements").EnumerateArray().Select(k => k.GetString()).ShouldBe([Found[0].Key]);

        var listed = json.GetProperty("disagreements").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("key").GetString().ShouldBe(Found[0].Key);
        listed.GetProperty("kind").GetString().ShouldBe("date");
        listed.GetProperty("subject").GetString().ShouldBe("the talks");
        listed.GetProperty("url").GetString().ShouldBe("https://briefing.example.org/sources/#" + Found[0].Key);
        var voices = listed.GetProperty("voices").EnumerateArray().ToList();
        voices.Select(v => (v.GetProperty("start").GetString(), v.GetProperty("end").GetString())).ShouldBe([("2030-03-13", "2030-03-13"), ("2030-03-14", "2030-03-14")]);
        voices[1].GetProperty("outlet").GetString().ShouldBe("Outlet <Two> & Co");
        voices[1].GetProperty("words").GetString().ShouldBe("Thursday");
        var citation = voices[1].GetProperty("citation");
        citation.GetProperty("brief_id").GetString().ShouldBe("b");
        citation.GetProperty("sentence").GetString().ShouldBe("The talks are planned for Thursday.");
        citation.GetProperty("url").GetString().ShouldBe("https://briefing.example.org/briefs/b/#" + citation.GetProperty("anchor").GetString());
    }

    [Fact]
    public void Disagreements_json_lists_dates_and_figures_in_the_index_order_with_null_days_for_figures()
    {
        var json = Parse(DisagreementsApi.Create(Found, Briefs, SampleBriefs.Settings));
        json.GetProperty("version").GetInt32().ShouldBe(1);
        var items = json.GetProperty("disagreements").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("key").GetString()).ShouldBe(Found.Select(d => d.Key));
        var figure = items[1];
        figure.GetProperty("kind").GetString().ShouldBe("number");
        figure.GetProperty("reason").GetString().ShouldBe("they give different figures");
        var voice = figure.GetProperty("voices")[0];
        voice.GetProperty("start").ValueKind.ShouldBe(JsonValueKind.Null);
        voice.GetProperty("end").ValueKind.ShouldBe(JsonValueKind.Null);
        voice.GetProperty("value").GetString().ShouldBe("1,000, stated as fact");
        voice.GetProperty("source").GetString().ShouldBe("outlet-three");
    }

    [Fact]
    public void Svg_marks_disputed_rows_with_a_titled_triangle_and_says_so_in_text_and_desc()
    {
        var svg = XDocument.Parse(TimelineSvg.CreateFile(Events, SampleBriefs.Settings).Content).Root!;
        var marks = svg.Elements(Svg + "g").Where(g => g.Attribute("class")?.Value == "disputed").ToList();
        marks.Count.ShouldBe(2);
        marks[0].Element(Svg + "title")!.Value.ShouldBe("13 Mar 2030: sources differ on the date of the talks (13 Mar 2030 / 14 Mar 2030)");
        marks[0].Element(Svg + "polygon").ShouldNotBeNull();
        svg.Elements(Svg + "text").Count(t => t.Value.EndsWith(" · sources differ", StringComparison.Ordinal)).ShouldBe(2);
        svg.Element(Svg + "desc")!.Value.ShouldContain(
            "flags a date on which sources differ: sources differ on the date of the talks (13 Mar 2030 / 14 Mar 2030), marked on 13 Mar 2030, 14 Mar 2030. ");
    }

    [Fact]
    public void Hostile_subject_and_values_are_escaped_in_the_svg()
    {
        var hostile = Found[0] with { Subject = "<script>alert(1)</script> & \u0001" };
        var events = Events.Select(e => e.Disputed ? e with { Disagreements = new[] { hostile }.ToEquatableArray() } : e).ToList();
        var markup = TimelineSvg.Render(events, SampleBriefs.Settings);
        markup.ShouldNotContain("<script");
        markup.ShouldNotContain("\u0001");
        markup.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
        XDocument.Parse(markup).Root!.Element(Svg + "desc")!.Value.ShouldContain("<script>alert(1)</script> & ");
    }

    [Fact]
    public async Task A_site_build_publishes_the_disagreements_its_index_found()
    {
        await using var builder = new SiteBuilder();
        var result = await builder.BuildAsync(PublishingPipeline.With(SiteFixture.Inputs(Briefs), RepositoryPaths.Root), SilentProgress.Instance);

        result.Diagnostics.ShouldBeEmpty();
        JsonDocument.Parse(result.Page(DisagreementsApi.Path)).RootElement.GetProperty("disagreements").EnumerateArray()
            .Select(item => item.GetProperty("key").GetString()).ShouldBe(Found.Select(d => d.Key));
        JsonDocument.Parse(result.Page(TimelineApi.Path)).RootElement.GetProperty("events").EnumerateArray()
            .Select(item => item.GetProperty("disagreements").GetArrayLength()).ShouldBe([0, 1, 1]);
        result.Page(TimelineSvg.Path).ShouldContain("<g class=\"disputed\">");
    }

    [Fact]
    public void Without_disagreements_no_row_is_marked()
    {
        var svg = XDocument.Parse(TimelineSvg.CreateFile(TimelineEvents.From(Briefs, AbsoluteUrls.For(SampleBriefs.Settings)), SampleBriefs.Settings).Content).Root!;
        svg.Elements(Svg + "g").ShouldBeEmpty();
        svg.Element(Svg + "desc")!.Value.ShouldNotContain("differ");
    }
}
