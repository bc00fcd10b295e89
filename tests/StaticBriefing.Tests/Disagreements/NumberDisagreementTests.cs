using StaticBriefing.Briefs;
using StaticBriefing.Site.Disagreements;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Tests.HandMadeBriefs;
using StaticBriefing.Tests.Site;

namespace StaticBriefing.Tests.Disagreements;

public class NumberDisagreementTests
{
    private static Brief Claiming(string id, string outlet, string sentence, string claim, string who = "narrator", string? disputedBy = null) =>
        new BriefBuilder(id, id.ToUpperInvariant()).By(outlet, null).Paragraph(sentence).Claim(who, claim, disputedBy).Build();

    [Fact]
    public void Different_figures_for_the_same_count_are_flagged_but_an_outlet_never_disagrees_with_itself()
    {
        var briefs = new[]
        {
            Claiming("a", "One", "The army has freed 1,200 prisoners this year.", "1,200 prisoners"),
            Claiming("b", "Two", "The army has freed about 1,000 Ukrainian prisoners this year.", "about 1,000 Ukrainian prisoners"),
            Claiming("c", "One", "Officials counted 900 prisoners.", "900 prisoners"),
        };

        var found = SiteIndexBuilder.Build(briefs, SiteFixture.Taxonomy).Disagreements.ShouldHaveSingleItem();

        found.Kind.ShouldBe("number");
        found.Subject.ShouldBe("prisoners");
        found.Reason.ShouldBe("they give different figures");
        found.Voices.Select(voice => (voice.Citation.BriefId, voice.Value)).ShouldBe([("c", "900, stated as fact"), ("b", "1,000, stated as fact"), ("a", "1,200, stated as fact")]);
    }

    [Fact]
    public void The_same_figure_stated_as_fact_in_one_source_and_disputed_in_another_is_flagged()
    {
        var fact = Claiming("a", "One", "The side has returned over 500 bodies to the other.", "over 500 bodies");
        var disputed = Claiming("b", "Two", "Redland claims to have returned more than 500 bodies, which Blueland disputes.", "more than 500 bodies", "russia", "ukraine");

        var found = SiteIndexBuilder.Build([fact, disputed], SiteFixture.Taxonomy).Disagreements.ShouldHaveSingleItem();

        found.Reason.ShouldBe("one records the figure as disputed, another states it as fact");
        found.Voices.Select(voice => voice.Value).ShouldBe(["500, stated as fact", "500, according to Russia, disputed by Ukraine"]);
    }

    [Fact]
    public void Additional_quantities_measures_and_agreeing_figures_are_not_flagged()
    {
        var briefs = new[]
        {
            Claiming("a", "One", "It returned 500 bodies and offered another 300 bodies.", "returned 500 bodies and offered another 300 bodies"),
            Claiming("b", "Two", "It returned 500 bodies during a 30-day truce.", "returned 500 bodies during a 30-day truce"),
            Claiming("c", "Three", "A 50-day deadline was set.", "A 50-day deadline"),
        };

        SiteIndexBuilder.Build(briefs, SiteFixture.Taxonomy).Disagreements.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("over 7,000 bodies", 7000, "body")]
    [InlineData("1,200 Ukrainian prisoners of war", 1200, "prisoner")]
    [InlineData("2.5 million people", 2.5, "million")]
    public void Figures_are_read_with_the_noun_they_count(string text, decimal figure, string unit)
    {
        var read = FigureReader.Read(text, ["another"]).ShouldHaveSingleItem();

        (read.Figure, read.Unit).ShouldBe((figure, unit));
    }

    [Fact]
    public void Reading_figures_does_not_run_away_on_a_million_commas_and_digits()
    {
        var text = string.Concat(Enumerable.Repeat("1,", 1_000_000)) + " bodies";

        HangGuard.Run(() => FigureReader.Read(text, []).ToList()).Count.ShouldBeLessThanOrEqualTo(1);
    }
}
