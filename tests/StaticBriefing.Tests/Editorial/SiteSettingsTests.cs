using StaticBriefing.Annotation.Data;
using StaticBriefing.Editorial;

namespace StaticBriefing.Tests.Editorial;

public class SiteSettingsTests
{
    private const string Valid = """
        title: Briefing
        description: A test site.
        base_url: https://example.org/briefing/
        language: en-GB
        author: Editors
        """;

    [Fact]
    public void The_repository_site_file_loads()
    {
        var site = SiteSettingsLoader.Parse(new DataFile("input/site.yml", File.ReadAllText(RepositoryPaths.Of("input", "site.yml"))));
        site.BaseUrl.ShouldEndWith("/");
        site.Language.ShouldBe("en");
        site.Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_valid_file_gives_its_values() =>
        SiteSettingsLoader.Parse(new DataFile("site.yml", Valid))
            .ShouldBe(new SiteSettings("Briefing", "A test site.", "https://example.org/briefing/", "en-GB", "Editors"));

    [Theory]
    [InlineData("unknown key", "author: Editors", "author: Editors\ntheme: dark", 6, "theme")]
    [InlineData("missing key", "language: en-GB\n", "", 4, "language")]
    [InlineData("relative base url", "https://example.org/briefing/", "/briefing/", 3, "base_url")]
    [InlineData("base url without trailing slash", "https://example.org/briefing/", "https://example.org/briefing", 3, "base_url")]
    [InlineData("javascript base url", "https://example.org/briefing/", "javascript:alert(1)//", 3, "base_url")]
    [InlineData("bad language", "language: en-GB", "language: English", 4, "language")]
    [InlineData("empty title", "title: Briefing", "title: \"\"", 1, "title")]
    [InlineData("malformed yaml", "title: Briefing", "title: [Briefing", 1, null)]
    public void Bad_settings_are_one_line_errors_with_file_line_and_field(string what, string find, string replace, int line, string? field)
    {
        var error = Should.Throw<DataFileException>(() => SiteSettingsLoader.Parse(new DataFile("input/site.yml", Valid.Replace(find, replace))), what);
        error.Message.ShouldStartWith($"input/site.yml:{line}: ", customMessage: what);
        error.Message.ShouldNotContain("\n");
        if (field is not null)
        {
            error.Message.ShouldContain($"'{field}'", customMessage: what);
        }
    }
}
