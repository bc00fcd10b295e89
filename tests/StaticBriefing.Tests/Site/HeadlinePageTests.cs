using System.Text.RegularExpressions;
using StaticBriefing.Briefs;
using StaticBriefing.Pipeline;
using StaticBriefing.Site;
using StaticBriefing.Site.Sources;
using StaticBriefing.Site.Urls;
using StaticBriefing.Tests.Briefs;
using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Site;

/// <summary>A brief page's h1 is its annotated headline when it has one, its plain title otherwise.</summary>
public partial class HeadlinePageTests
{
    [Fact]
    public async Task The_only_h1_is_the_annotated_headline_with_its_sentence_anchor()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithHeadline());
        var anchor = brief.Sentences[0].Anchor;

        var page = await BriefPageAsync(brief);

        var h1 = H1().Matches(page).ShouldHaveSingleItem().Value;
        h1.ShouldStartWith($"<h1 class=\"headline\"><span class=\"s\" id=\"{anchor}\">");
        h1.ShouldContain("<a class=\"actor\" href=\"../../actors/ukraine/index.html\"");
        h1.ShouldContain("in Geneva");
        Regex.Count(page, $"id=\"{anchor}\"").ShouldBe(1, "the headline sentence is not repeated in the body");
        page.ShouldContain($"<meta name=\"description\" content=\"{HeadlineSamples.Lead}");
    }

    [Fact]
    public async Task Without_a_headline_the_only_h1_is_the_plain_title()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithoutHeadline());

        var page = await BriefPageAsync(brief);

        H1().Matches(page).ShouldHaveSingleItem().Value.ShouldBe($"<h1>{brief.Metadata.Title}</h1>");
        Regex.Count(page, $"id=\"{brief.Sentences[0].Anchor}\"").ShouldBe(1, "the first line stays in the body");
    }

    /// <summary>The brief's page built with the real annotated-body renderer.</summary>
    private static async Task<string> BriefPageAsync(Brief brief)
    {
        var inputs = SiteFixture.Inputs([brief]) with { Body = new AnnotatedBodyRenderer(() => Fixtures.Vocabulary) };
        await using var builder = new SiteBuilder();
        var site = await builder.BuildAsync(inputs, SilentProgress.Instance);
        site.Diagnostics.ShouldBeEmpty();
        return site.Page(SitePaths.Brief(brief.Metadata.Id));
    }

    [GeneratedRegex("<h1[ >].*?</h1>", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex H1();
}
