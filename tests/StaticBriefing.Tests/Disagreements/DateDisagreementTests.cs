using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Tests.HandMadeBriefs;
using StaticBriefing.Tests.Site;

namespace StaticBriefing.Tests.Disagreements;

public class DateDisagreementTests
{
    private static readonly SiteTaxonomy Taxonomy = SiteFixture.Taxonomy;

    private static Brief Dated(string id, string outlet, string sentence, params (string Text, string Value)[] dates)
    {
        var builder = new BriefBuilder(id, id.ToUpperInvariant()).By(outlet, null).Paragraph(sentence);
        foreach (var (text, value) in dates)
        {
            builder.Date(text, value);
        }
        return builder.Build();
    }

    [Fact]
    public void Outlets_that_date_the_same_talks_differently_are_flagged_with_each_version_cited()
    {
        var one = Dated("a", "Outlet One", "The talks open in the capital on Wednesday.", ("Wednesday", "2030-03-13"));
        var two = Dated("b", "Outlet Two", "Sources say the negotiations may run between March 13 and 14.", ("March 13", "2030-03-13"), ("14", "2030-03-14"));
        var three = Dated("c", "Outlet Three", "Another agency reported the meeting for Thursday and Friday.", ("Thursday", "2030-03-14"), ("Friday", "2030-03-15"));

        var found = SiteIndexBuilder.Build([one, two, three], Taxonomy).Disagreements.ShouldHaveSingleItem();

        found.Kind.ShouldBe("date");
        found.Subject.ShouldBe("the talks");
        found.Voices.Select(voice => (voice.Citation.BriefId, voice.Value)).ShouldBe([("a", "13 Mar 2030"), ("b", "13–14 Mar 2030"), ("c", "14–15 Mar 2030")]);
        found.Voices[1].Words.ShouldBe("March 13, 14");
    }

    [Fact]
    public void The_flag_shows_on_every_timeline_row_of_the_event_and_on_each_outlet()
    {
        var one = Dated("a", "Outlet One", "The talks open in the capital on Wednesday.", ("Wednesday", "2030-03-13"));
        var two = Dated("b", "Outlet Two", "The talks are planned for Thursday.", ("Thursday", "2030-03-14"));
        var bystander = Dated("c", "Outlet Three", "Parliament voted on the budget on Thursday.", ("Thursday", "2030-03-14"));

        var index = SiteIndexBuilder.Build([one, two, bystander], Taxonomy);

        index.Timeline.Where(row => row.Disagreements.Count > 0).Select(row => row.When.Iso).ShouldBe(["2030-03-13", "2030-03-14"]);
        index.Disagreements.ShouldHaveSingleItem().Voices.Select(voice => voice.Citation.BriefId).ShouldBe(["a", "b"]);
        index.Sources.Single(source => source.Slug == "outlet-three").Disagreements.ShouldBeEmpty();
        index.Sources.Single(source => source.Slug == "outlet-two").Disagreements.Count.ShouldBe(1);
    }

    [Fact]
    public void Outlets_that_agree_the_same_outlet_twice_and_events_weeks_apart_are_not_flagged()
    {
        var agree = new[]
        {
            Dated("a", "Outlet One", "The talks open on Wednesday.", ("Wednesday", "2030-03-13")),
            Dated("b", "Outlet Two", "The meeting is set for March 13.", ("March 13", "2030-03-13")),
        };
        var sameOutlet = new[]
        {
            Dated("a", "Outlet One", "The talks open on Wednesday.", ("Wednesday", "2030-03-13")),
            Dated("b", "Outlet One", "The talks were moved to Thursday.", ("Thursday", "2030-03-14")),
        };
        var weeksApart = new[]
        {
            Dated("a", "Outlet One", "The first round of talks was held on March 1.", ("March 1", "2030-03-01")),
            Dated("b", "Outlet Two", "The second round of talks is set for March 20.", ("March 20", "2030-03-20")),
        };

        SiteIndexBuilder.Build(agree, Taxonomy).Disagreements.ShouldBeEmpty();
        SiteIndexBuilder.Build(sameOutlet, Taxonomy).Disagreements.ShouldBeEmpty();
        SiteIndexBuilder.Build(weeksApart, Taxonomy).Disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void A_date_that_says_when_something_was_said_is_not_the_date_of_the_event()
    {
        var one = Dated("a", "Outlet One", "The minister said Monday that the delegations would meet on Wednesday.", ("Monday", "2030-03-11"), ("Wednesday", "2030-03-13"));
        var two = Dated("b", "Outlet Two", "The meeting is set for March 13.", ("March 13", "2030-03-13"));

        SiteIndexBuilder.Build([one, two], Taxonomy).Disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Vague_dates_and_sentences_without_an_event_word_are_never_compared()
    {
        var week = new BriefBuilder("a", "A").By("Outlet One", null).Paragraph("The talks take place this week.").Date("this week", "2030-W11").Build();
        var day = Dated("b", "Outlet Two", "The talks take place on Wednesday.", ("Wednesday", "2030-03-13"));
        var noEvent = Dated("c", "Outlet Three", "Parliament voted on Thursday.", ("Thursday", "2030-03-14"));

        SiteIndexBuilder.Build([week, day, noEvent], Taxonomy).Disagreements.ShouldBeEmpty();
    }

    [Fact]
    public void Without_event_words_no_dates_are_grouped()
    {
        var one = Dated("a", "Outlet One", "The talks open on Wednesday.", ("Wednesday", "2030-03-13"));
        var two = Dated("b", "Outlet Two", "The talks open on Thursday.", ("Thursday", "2030-03-14"));

        SiteIndexBuilder.Build([one, two], SiteTaxonomy.Empty).Disagreements.ShouldBeEmpty();
    }
}
