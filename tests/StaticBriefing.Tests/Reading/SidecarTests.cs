using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Reading;

public class SidecarTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva to discuss a new fishing treaty.";

    private static Article ReadWithSidecar(string sidecar)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sidecar-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), $"Fishing Talks Resume\n\n{Body}\n");
            File.WriteAllText(Path.Combine(folder, "a.yml"), sidecar);
            return Readers.Seed.ReadFile(Path.Combine(folder, "a.txt"), "seeds/a.txt");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_sidecar_overrides_the_fields_it_sets()
    {
        var article = ReadWithSidecar("outlet: Andes Daily\npublished: 2025-03\n");
        article.Outlet.ShouldBe("Andes Daily");
        article.Published.ShouldBe(new ReferenceDate(2025, 3));
        article.PublishedBasis.ShouldBe("sidecar");
        article.Title.ShouldBe("Fishing Talks Resume");
    }

    [Fact]
    public void The_headline_opens_the_text_unless_a_sidecar_replaces_the_title()
    {
        var read = ReadWithSidecar("outlet: Andes Daily\n");
        read.Headline.ShouldBe("Fishing Talks Resume");
        read.Text.ShouldBe($"Fishing Talks Resume\n\n{Body}");

        var replaced = ReadWithSidecar("title: Hand-made title\n");
        replaced.Headline.ShouldBeNull();
        replaced.Text.ShouldBe(Body);
    }

    [Fact]
    public void A_sidecar_title_is_not_generated()
    {
        var article = ReadWithSidecar("title: Hand-made title\n");
        article.Title.ShouldBe("Hand-made title");
        article.TitleGenerated.ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_sidecar_key_is_an_error_with_its_line() =>
        Should.Throw<DataFileException>(() => ReadWithSidecar("outlet: Andes Daily\nauthr: Ana\n")).Message.ShouldStartWith("seeds/a.yml:2:");

    [Fact]
    public void A_malformed_sidecar_date_is_an_error_with_its_line() =>
        Should.Throw<DataFileException>(() => ReadWithSidecar("title: x\npublished: March 2025\n")).Message
            .ShouldBe("seeds/a.yml:2: field 'published': 'March 2025' is not YYYY, YYYY-MM or YYYY-MM-DD");

    [Fact]
    public void A_sidecar_that_is_not_yaml_is_an_error() =>
        Should.Throw<DataFileException>(() => ReadWithSidecar("title: [unclosed\n")).File.ShouldBe("seeds/a.yml");
}
