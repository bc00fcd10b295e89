using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Tests.Reading;

/// <summary>Title, author, outlet and publication date from invented pages.</summary>
public class MetadataTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva to discuss a new fishing treaty.";

    [Fact]
    public void A_byline_gives_author_outlet_and_date_and_leaves_the_body()
    {
        var article = Readers.Read($"By Maria Soto for Andes Daily, March 14, 2025. Story no. 77.\n\n{Body}\n");
        article.Author.ShouldBe("Maria Soto");
        article.Outlet.ShouldBe("Andes Daily");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 14));
        article.PublishedBasis.ShouldBe("byline 'March 14, 2025'");
        article.Paragraphs.ShouldBe([Body]);
    }

    [Fact]
    public void A_headline_line_is_the_title_and_not_a_paragraph()
    {
        var article = Readers.Read($"Skip to content\n\nNorway and Chile Reopen Fishing Talks\n\nBy Ana Ruiz\n\n{Body}\n");
        article.Title.ShouldBe("Norway and Chile Reopen Fishing Talks");
        article.TitleGenerated.ShouldBeFalse();
        article.Author.ShouldBe("Ana Ruiz");
        article.Paragraphs.ShouldBe([Body]);
    }

    [Fact]
    public void Without_a_headline_the_title_is_generated_from_the_lead_sentence()
    {
        var article = Readers.Read("Oslo – For the second time this year, the finance ministers of Norway and Chile met in Geneva to settle quotas. They failed.\n");
        article.TitleGenerated.ShouldBeTrue();
        article.Title.ShouldBe("For the second time this year, the finance ministers of Norway and Chile met…");
    }

    [Fact]
    public void A_generated_title_is_never_longer_than_the_character_limit()
    {
        var article = Readers.Read(new string('(', 5000) + " A/B) and then some text follows here.\n");
        article.Title.Length.ShouldBeLessThanOrEqualTo(Readers.Rules.GeneratedTitleMaxChars);
        article.Title.ShouldEndWith("…");
    }

    [Fact]
    public void A_short_lead_sentence_is_the_whole_generated_title() =>
        Readers.Read("Ministers from Norway and Chile met in Geneva. The rest follows here in a second sentence.\n").Title
            .ShouldBe("Ministers from Norway and Chile met in Geneva");

    [Fact]
    public void A_dated_dateline_gives_the_date_with_the_year_from_the_date_bar_and_is_stripped()
    {
        var article = Readers.Read($"Sunday, March 16, 2025\n\nFishing Talks Resume\n\nGENEVA, March 14 — {Body}\n");
        article.Published.ShouldBe(new ReferenceDate(2025, 3, 14));
        article.PublishedBasis.ShouldBe("dateline 'GENEVA, March 14'");
        article.Paragraphs.ShouldBe([Body]);
    }

    [Fact]
    public void A_post_date_widget_takes_its_year_from_the_copyright_line()
    {
        var article = Readers.Read($"Fishing Talks Resume in Geneva\n\n  • Writer: The Harbour Gazette\n  • Mar 14\n\n{Body}\n\n© 2024 The Harbour Gazette - Valparaíso\n");
        article.Published.ShouldBe(new ReferenceDate(2024, 3, 14));
        article.PublishedBasis.ShouldBe("post date 'Mar 14' (year from '© 2024')");
        article.Outlet.ShouldBe("The Harbour Gazette");
        article.Author.ShouldBeNull();
    }

    [Fact]
    public void A_writer_widget_naming_a_person_gives_the_author() =>
        Readers.Read($"  • Writer: Ana Ruiz\n  • 4 min read\n\n{Body}\n").Author.ShouldBe("Ana Ruiz");

    [Theory]
    [InlineData("The ministers will meet again tomorrow (March 15) in Santiago, a spokesman said.", 2025, 3, 14, "'tomorrow (March 15)'")]
    [InlineData("The news came late last night (March 13) from the ministry in Oslo, which confirmed it.", 2025, 3, 14, "'late last night (March 13)'")]
    public void A_relative_date_glossed_with_an_absolute_one_gives_the_publication_date(string sentence, int year, int month, int day, string basis)
    {
        var article = Readers.Read($"{Body} {sentence}\n\nThe previous round ended on January 9, 2025 without a deal.\n");
        article.Published.ShouldBe(new ReferenceDate(year, month, day));
        article.PublishedBasis.ShouldBe(basis);
    }

    [Fact]
    public void An_as_of_date_gives_a_month_precision_publication_date()
    {
        var article = Readers.Read($"{Body} However, as of early March 2025, no treaty has been signed.\n");
        article.Published.ShouldBe(new ReferenceDate(2025, 3));
        article.PublishedBasis.ShouldBe("'as of early March 2025'");
    }

    [Fact]
    public void A_cited_source_is_not_the_outlet()
    {
        var article = Readers.Read($"{Body} The gap remains wide, as reported by Harbour News, and according to The Andes Times.\n");
        article.Outlet.ShouldBeNull();
        article.Author.ShouldBeNull();
        article.Published.ShouldBeNull();
    }

    [Fact]
    public void The_article_id_is_the_file_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"seed-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        try
        {
            File.WriteAllText(Path.Combine(path, "017_fishing.txt"), Body);
            var article = Readers.Seed.ReadFile(Path.Combine(path, "017_fishing.txt"), "seeds/017_fishing.txt");
            article.Id.ShouldBe("017_fishing");
            article.SourceFile.ShouldBe("seeds/017_fishing.txt");
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
