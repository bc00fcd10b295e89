using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Pages of sites the rules have never seen, invented: interface lines in another language above
/// the menu, a company form after the publisher's name, a name-and-date byline block under the
/// standfirst, reader comments, teaser lists of questions, and footer links among furniture.
/// </summary>
public class UnfamiliarSitePageTests
{
    private const string Headline = "Norway and Chile reopen fishing talks in Geneva";
    private const string Standfirst = "After two years of silence the ministers met again on Monday, and both sides spoke of a fresh start.";
    private const string Body = "The finance ministers of Norway and Chile met in Geneva on Monday to discuss a new fishing treaty.";
    private const string Second = "Both delegations said the talks would continue next month in Santiago.";
    private const string Menu = "Home\nNorway\nWorld\nFisheries\nCulture\n";

    [Fact]
    public void Interface_lines_in_another_language_above_the_menu_are_neither_title_nor_text()
    {
        var article = Readers.Read($"Aller au contenu principal\nHavnebladet\nlundi 14 avril 2025\n{Menu}{Headline}\n{Body}\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_date_bar_in_another_language_directly_above_the_headline_goes()
    {
        var article = Readers.Read($"Havnebladet\nlundi 14 avril 2025\n{Headline}\n{Body}\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void An_interface_line_above_the_masthead_without_a_menu_is_not_the_title()
    {
        var article = Readers.Read($"Aller au contenu principal\nHavnebladet\n{Headline}\n{Body}\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_title_sharing_no_word_with_the_article_directly_above_a_deck_stays_the_title()
    {
        var article = Readers.Read($"Cold water, warm words\nNorway and Chile reopen the fishing talks\n{Body}\n{Second}\n");
        article.Title.ShouldBe("Cold water, warm words");
    }

    [Fact]
    public void A_line_above_the_menu_that_shares_a_word_with_the_article_stays()
    {
        var article = Readers.Read($"Santiago's daily paper since 1902.\n{Menu}{Headline}\n{Body}\n{Second}\n");
        article.Title.ShouldBe(Headline);
        article.Body.ShouldBe($"Santiago's daily paper since 1902.\n\n{Body}\n\n{Second}");
    }

    [Fact]
    public void Without_a_headline_under_the_menu_the_headline_above_a_share_row_stays_the_title()
    {
        var article = Readers.Read($"Lantern swings over a quiet harbour\nShare\nFacebook\nX\nE-mail\nWhy the harbour matters to everyone\n{Body}\n{Second}\n");
        article.Title.ShouldBe("Lantern swings over a quiet harbour");
    }

    [Fact]
    public void A_name_line_and_a_numeric_date_with_a_clock_time_under_the_standfirst_are_the_byline()
    {
        var article = Readers.Read($"{Headline}\n{Standfirst}\nIngrid Solheim\n14.04.2025, 08:15\n{Body}\n{Second}\n");
        article.Author.ShouldBe("Ingrid Solheim");
        article.Published.ShouldBe(new ReferenceDate(2025, 4, 14));
        article.PublishedBasis.ShouldBe("byline '14.04.2025'");
        article.Body.ShouldBe($"{Standfirst}\n\n{Body}\n\n{Second}");
    }

    [Theory]
    [InlineData("© 2025 Havnebladet Sp. z o.o.")]
    [InlineData("© 2025 Havnebladet GmbH")]
    [InlineData("Copyright © 2025 Havnebladet Ltd. All rights reserved.")]
    [InlineData("© 2025 Havnebladet S.A. – Oslo")]
    [InlineData("© Havnebladet S.A. 2025")]
    public void A_company_form_after_the_copyright_holder_is_not_part_of_the_outlet(string copyright) =>
        Readers.Read($"{Headline}\n{Body}\n{Second}\n{copyright}\n").Outlet.ShouldBe("Havnebladet");

    [Fact]
    public void A_company_form_after_a_byline_outlet_goes_too() =>
        Readers.Read($"{Headline}\nBy Ingrid Solheim for Havnebladet AS, April 14, 2025\n{Body}\n").Outlet.ShouldBe("Havnebladet");

    [Fact]
    public void A_reader_comment_section_goes_as_a_block_with_handles_and_comment_texts()
    {
        var page = $"{Headline}\n{Body}\n{Second}\n"
            + "Comments (2)\nNewest first\nSign in to join the discussion.\nfjordfan_77\n"
            + "Nobody in Geneva has ever been on a trawler in a winter storm, believe me.\nReply · Like · 12\n"
            + "Sjur\nGood luck to both of them, the fish will not wait for the lawyers.\nLike (4) | Report\n"
            + "Show more comments\n© 2025 Havnebladet\n";
        Readers.Read(page).Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void Without_a_counter_the_thread_controls_open_the_comment_section()
    {
        var page = $"{Headline}\n{Body}\n{Second}\n"
            + "Sort by: Top\nSjur\nGood luck to both of them, the fish will not wait for the lawyers.\nReply · Like\n© 2025 Havnebladet\n";
        Readers.Read(page).Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void A_comment_counter_beside_the_byline_opens_no_section()
    {
        var article = Readers.Read($"{Headline}\nBy Ingrid Solheim\n57 comments\n{Body}\n{Second}\nLike\n");
        article.Body.ShouldBe($"{Body}\n\n{Second}");
    }

    [Fact]
    public void Body_text_far_from_any_comment_furniture_stays()
    {
        var page = $"{Headline}\n{Body}\nJoin the discussion\n{Second}\n{Standfirst}\n{Body}\n{Second}\nReply\n";
        Readers.Read(page).Body.ShouldBe($"{Body}\n\n{Second}\n\n{Standfirst}\n\n{Body}\n\n{Second}");
    }

    [Fact]
    public void Comment_furniture_followed_by_more_article_text_opens_no_section()
    {
        var page = $"{Headline}\n{Body}\nJoin the discussion\nSjur\nReply · Like\n{Second}\n";
        Readers.Read(page).Body.ShouldBe($"{Body}\n\nSjur\n\nReply · Like\n\n{Second}");
    }

    [Fact]
    public void A_related_list_of_question_teasers_goes_and_the_body_resumes() =>
        Readers.Read($"{Headline}\n{Body}\nRelated coverage\nWho really owns the fish in the cold waters off Chile?\nWhat would a new fishing treaty change for Norway's fleets?\n{Second}\n")
            .Body.ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_question_paragraph_in_the_body_without_a_list_heading_stays() =>
        Readers.Read($"{Headline}\n{Body}\nWho really owns the fish in the cold waters off Chile?\n{Second}\n")
            .Body.ShouldBe($"{Body}\n\nWho really owns the fish in the cold waters off Chile?\n\n{Second}");

    [Fact]
    public void A_short_link_among_footer_furniture_goes() =>
        Readers.Read($"{Headline}\n{Body}\n{Second}\nAdvertisement\nView desktop version\n© 2025 Havnebladet\nPrivacy | Terms | Contact\n")
            .Body.ShouldBe($"{Body}\n\n{Second}");

    [Theory]
    [InlineData("Translation: Ingrid Solheim")]
    [InlineData("Translated from Norwegian: Ingrid Solheim")]
    [InlineData("Editing: Per Olav Lunde")]
    [InlineData("Switch to desktop version")]
    public void Credit_labels_with_a_name_and_version_links_go_inside_the_body(string line) =>
        Readers.Read($"{Headline}\n{Body}\n\n{line}\n\n{Second}\n").Body.ShouldBe($"{Body}\n\n{Second}");

    [Fact]
    public void A_sentence_about_an_editor_stays() =>
        Readers.Read($"{Headline}\n{Body}\n\nEditor: Ingrid Solheim resigned after the vote.\n\n{Second}\n").Body
            .ShouldBe($"{Body}\n\nEditor: Ingrid Solheim resigned after the vote.\n\n{Second}");

    [Fact]
    public void A_closing_short_paragraph_before_a_blank_line_and_the_footer_stays() =>
        Readers.Read($"{Headline}\n{Body}\n{Second}\nTalks resume Monday.\n\n© 2025 Havnebladet\nPrivacy | Terms | Contact\n")
            .Body.ShouldBe($"{Body}\n\n{Second}\n\nTalks resume Monday.");
}
