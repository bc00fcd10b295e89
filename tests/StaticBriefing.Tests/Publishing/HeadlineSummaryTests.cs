using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing;

namespace StaticBriefing.Tests.Publishing;

/// <summary>A brief's summary (feeds, API, page description) starts after its headline.</summary>
public class HeadlineSummaryTests
{
    private const string Headline = "Alpha and Beta meet again in Geneva";

    [Fact]
    public void The_summary_starts_with_the_first_sentence_after_the_headline()
    {
        var brief = SampleBriefs.Older with
        {
            Sentences = new[] { new BriefSentence("s-hhhhhh", Headline, 0, Headline: true) }.Concat(SampleBriefs.Older.Sentences).ToEquatableArray(),
        };

        var summary = BriefSummary.Of(brief);

        summary.ShouldStartWith("Alpha Leader said talks will be held on July 23. Beta wants");
        summary.ShouldNotContain(Headline);
    }

    [Fact]
    public void A_first_sentence_that_is_not_the_headline_opens_the_summary()
    {
        var brief = SampleBriefs.Older with
        {
            Sentences = new[] { new BriefSentence("s-hhhhhh", Headline, 0) }.Concat(SampleBriefs.Older.Sentences).ToEquatableArray(),
        };

        BriefSummary.Of(brief).ShouldStartWith(Headline);
    }
}
