using StaticBriefing.Briefs.Parsing;

namespace StaticBriefing.Tests.Markdown;

/// <summary>Only a level-one heading opening the body is the headline; other headings are read as plain sentences.</summary>
public class HeadlineParseTests
{
    [Fact]
    public void A_level_one_heading_opening_the_body_holds_the_headline_sentences()
    {
        var body = BodyReader.Read("b.md", "# [Talks resume in Geneva]{#s-aaaaaa}\n\n[Delegations met.]{#s-bbbbbb} [Nothing was agreed.]{#s-cccccc}\n", 1);

        body.Sentences.Select(s => (s.Anchor, s.Headline)).ShouldBe([("s-aaaaaa", true), ("s-bbbbbb", false), ("s-cccccc", false)]);
    }

    [Theory]
    [InlineData("## [Talks resume in Geneva]{#s-aaaaaa}\n\n[Delegations met.]{#s-bbbbbb}\n")]
    [InlineData("[Delegations met.]{#s-aaaaaa}\n\n# [Talks resume in Geneva]{#s-bbbbbb}\n")]
    [InlineData("> # [Talks resume in Geneva]{#s-aaaaaa}\n\n[Delegations met.]{#s-bbbbbb}\n")]
    public void A_heading_of_another_level_or_place_holds_no_headline_sentence(string markdown)
    {
        var body = BodyReader.Read("b.md", markdown, 1);

        body.Sentences.Count.ShouldBe(2);
        body.Sentences.ShouldAllBe(s => !s.Headline);
    }
}
