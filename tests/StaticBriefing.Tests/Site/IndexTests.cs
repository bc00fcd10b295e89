using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Tests.HandMadeBriefs;

namespace StaticBriefing.Tests.Site;

public class IndexTests
{
    private static SiteIndex Index => SiteIndexBuilder.Build(SeedBriefs.All, SiteFixture.Taxonomy);

    [Fact]
    public void Actors_are_merged_across_briefs_and_ordered_by_party_then_name()
    {
        var zelensky = Index.Actor("volodymyr-zelensky").ShouldNotBeNull();

        zelensky.Briefs.Select(brief => brief.Id).ShouldBe(["000_23d98722bfaca581", "001_00eff6b607dc38ae", "002_e354e611adafdd87", "003_56d93cfb8eef386c"]);
        Index.Actors.Select(actor => actor.Party).Distinct().ShouldBe(["russia", "ukraine", "usa", "turkey", "none"]);
        Index.Actors.Where(actor => actor.Party == "russia").Select(actor => actor.Name).ShouldBe(["Dmitry Peskov", "Kremlin", "RIA", "Russia", "TASS", "Vladimir Medinsky", "Vladimir Putin"]);
    }

    [Fact]
    public void A_mention_cites_its_sentence_with_a_snippet_around_the_words()
    {
        var fokht = Index.Actor("elizaveta-fokht").ShouldNotBeNull();

        fokht.Reviewed.ShouldBeFalse();
        var mention = fokht.Mentions.ShouldHaveSingleItem();
        mention.Text.ShouldBe("Elizaveta Fokht");
        mention.Citation.BriefId.ShouldBe("002_e354e611adafdd87");
        mention.Citation.Snippet.ShouldContain("BBC correspondent Elizaveta Fokht notes");
    }

    [Fact]
    public void Co_occurring_actors_count_shared_sentences()
    {
        var medinsky = Index.Actor("vladimir-medinsky").ShouldNotBeNull();

        medinsky.CoActors.Select(link => (link.Id, link.Count)).ShouldBe([("vladimir-putin", 1), ("volodymyr-zelensky", 1)]);
    }

    [Fact]
    public void Demands_voiced_and_quotes_belong_to_the_actor_named_on_them()
    {
        var trump = Index.Actor("donald-trump").ShouldNotBeNull();

        trump.Demands.Select(demand => (demand.Issue, demand.Stance)).ShouldBe([("ceasefire", Stance.Demands), ("sanctions", Stance.Proposes), ("sanctions", Stance.Proposes)]);
        Index.Actor("dmitry-peskov")!.Quotes.ShouldHaveSingleItem().Text.ShouldStartWith("There is no basis");
    }

    [Fact]
    public void A_position_counts_independent_outlets_and_keeps_statements_in_publication_order()
    {
        var meeting = Index.Issues.Single(issue => issue.Issue == "leaders-meeting");
        var ukraine = meeting.For("ukraine").ShouldNotBeNull();

        ukraine.Prevailing.ShouldBe(Stance.Proposes);
        ukraine.Outlets.ShouldBe(3);
        ukraine.Statements.Select(statement => statement.Published.ToString()).ShouldBe(["2025-07-22", "2025-07-23", "2025-08"]);
    }

    [Fact]
    public void Where_one_side_asks_and_the_other_rejects_is_a_clash()
    {
        var meeting = Index.Issues.Single(issue => issue.Issue == "leaders-meeting");

        var clash = meeting.Clashes.ShouldHaveSingleItem();
        (clash.Asking, clash.Rejecting).ShouldBe(("ukraine", "russia"));
        clash.Rejections.ShouldHaveSingleItem().Citation.BriefId.ShouldBe("001_00eff6b607dc38ae");
    }

    [Fact]
    public void An_even_split_of_stances_has_no_prevailing_stance()
    {
        var brief = new BriefBuilder("x", "X").Paragraph("Russia demands talks.", "Russia rejects talks.")
            .Demand("russia", "negotiations", Stance.Demands, "demands talks")
            .Demand("russia", "negotiations", Stance.Rejects, "rejects talks")
            .Build();

        var position = SiteIndexBuilder.Build([brief], SiteTaxonomy.Empty).Issues.Single().For("russia")!;

        position.Prevailing.ShouldBeNull();
        position.Stances.Count.ShouldBe(2);
    }

    [Fact]
    public void The_timeline_is_in_date_order_and_groups_sources_that_give_the_same_days()
    {
        var timeline = Index.Timeline;

        timeline.Select(row => row.When).ShouldBeInOrder();
        var talks = timeline.Single(row => row.When.Iso == "2025-07-23");
        talks.Sources.ShouldBe(4);
        timeline.ShouldNotContain(row => row.Mentions.Any(mention => mention.Value == "P3M"));
        timeline.Last().When.Label.ShouldBe("21–31 Aug 2025");
    }

    [Fact]
    public void An_actor_page_lists_taxonomy_aliases_then_the_names_the_briefs_use()
    {
        var taxonomy = SiteTaxonomy.Empty with { Aliases = new[] { new ActorAliases("volodymyr-zelensky", new[] { "Zelenskyy" }.ToEquatableArray()) }.ToEquatableArray() };

        var zelensky = SiteIndexBuilder.Build(SeedBriefs.All, taxonomy).Actor("volodymyr-zelensky").ShouldNotBeNull();

        zelensky.AlsoNamed[0].ShouldBe("Zelenskyy");
        zelensky.AlsoNamed.ShouldContain("Zelensky");
        zelensky.AlsoNamed.ShouldNotContain(zelensky.Name);
        zelensky.AlsoNamed.Count.ShouldBeLessThanOrEqualTo(8);
    }

    [Fact]
    public void The_newest_brief_is_the_now_of_the_site_at_its_own_precision()
    {
        Index.Newest.ShouldBe(new ReferenceDate(2025, 8));
        Index.Briefs.First().Id.ShouldBe("001_00eff6b607dc38ae");
    }
}
