using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Invented official pages: a legislature's record of a sitting (a short masthead its search box
/// repeats, a breadcrumb ending with the headline, a "Sitting N: held on DATE" line, "© KIND copyright
/// YEAR"), a council's press release (its name alone above the menu) under an umbrella body's copyright, a digest under a caps logo, and a
/// ministry's briefing transcript ("NAME, ROLE" over "City, Region" and the date, the publisher named
/// only in the footer).
/// </summary>
public class LegislatureAndBriefingPageTests
{
    private const string Headline = "Fisheries: Quota Talks with Chile";
    private const string Body = "With permission, I will make a statement on the quota talks with Chile that ended in Valparaiso last week.";
    private const string Second = "The talks broke down over the southern fleet, and the Government will not sign a deal that Chile can veto.";

    private const string Record =
        "Skip to main content\nAssembly Record\nSearch Assembly Record\nChamber\nCommittees\nMembers\nVotes\n"
        + $"Home > Chamber > 3 March 2026 > {Headline}\n{Headline}\nSitting 41: held on Tuesday 3 March 2026\nShare this sitting\n10.05 am\n"
        + $"The Minister of Fisheries (Ingrid Solberg)\n{Body}\nOle Berg (Nordvik) (Lab)\n{Second}\n© Assembly copyright 2026\n";

    /// <summary>The same record without a site name above the trail.</summary>
    private const string BareRecord =
        $"Home > Chamber > 3 March 2026 > {Headline}\n{Headline}\nSitting 41: held on Tuesday 3 March 2026\n10.05 am\n"
        + $"The Minister of Fisheries (Ingrid Solberg)\n{Body}\nOle Berg (Nordvik) (Lab)\n{Second}\n© Assembly copyright 2026\n";

    [Fact]
    public void A_breadcrumb_ending_with_the_headline_does_not_make_the_headline_a_masthead()
    {
        Readers.Read(Record).Title.ShouldBe(Headline);
        Readers.Read(BareRecord).Title.ShouldBe(Headline);
    }

    [Fact]
    public void A_kind_of_copyright_names_no_outlet()
    {
        Readers.Read(BareRecord).Outlet.ShouldBeNull();
    }

    [Fact]
    public void A_top_label_that_the_search_box_repeats_is_the_outlet_and_a_kind_of_copyright_is_no_holder()
    {
        var article = Readers.Read(Record);
        article.Outlet.ShouldBe("Assembly Record");
        article.Body.ShouldNotContain("Assembly Record");
    }

    [Fact]
    public void A_record_line_with_its_reference_and_verb_dates_the_page()
    {
        var article = Readers.Read(Record);
        article.Published.ShouldBe(new ReferenceDate(2026, 3, 3));
        article.Body.ShouldNotContain("Sitting 41");
    }

    [Fact]
    public void A_councils_name_above_its_menu_is_the_outlet_not_the_umbrella_bodys_copyright()
    {
        var page = "Skip to main content\nCoastal States Council\nSelect language: English (EN)\nMeetings\nPolicies\nPress\n"
            + $"Home > Press > Press releases\nCouncil conclusions on the fishing talks, 4 March 2026\n4 March 2026 18:40\n{Body}\n{Second}\n"
            + "Meeting page\nCoastal States Council, 4-5 March 2026\nPrivacy policy\n© Coastal States Union, 2026\n";
        Readers.Read(page).Outlet.ShouldBe("Coastal States Council");
    }

    [Fact]
    public void A_caps_logo_takes_the_case_of_the_copyright_holder()
    {
        var page = $"Skip to content\nNORDLYS\nNews\nWorld\nOpinion\nSupport us\n{Headline}\nBy Kari Holm\n4 March 2026, 19:15\n{Body}\n{Second}\n"
            + "© 2026 Nordlys Media. All rights reserved.\n";
        Readers.Read(page).Outlet.ShouldBe("Nordlys");
    }

    private const string Briefing =
        "Skip to main content\nAn official website of the Government of Norland\nNORLAND FOREIGN OFFICE\nTravel\nEmbassies\nAbout\nSearch\n"
        + "Home > Press > Briefings\nWeekly Press Briefing - March 4, 2026\nJane Roe, Deputy Spokesperson\nPort Hallow, Eastmark\nMarch 4, 2026\nTranscript\n"
        + $"MS ROE: {Body}\n\nQUESTION: {Second}\n\nTAGS\nFisheries\nPrivacy Policy\n"
        + "The Digital Service manages this site as a portal for information from the Norland Foreign Office.\n";

    [Fact]
    public void A_name_and_role_over_a_place_and_the_date_is_the_byline()
    {
        Readers.Read(Briefing).Author.ShouldBe("Jane Roe");
    }

    [Fact]
    public void A_footer_naming_the_publisher_of_the_site_gives_the_outlet_when_nothing_else_does()
    {
        Readers.Read(Briefing).Outlet.ShouldBe("Norland Foreign Office");
    }
}
