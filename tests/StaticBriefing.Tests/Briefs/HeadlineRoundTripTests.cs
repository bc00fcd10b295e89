using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.Briefs;

/// <summary>write → parse: the headline sentence comes back marked as the headline, with its annotations.</summary>
public class HeadlineRoundTripTests
{
    [Fact]
    public void The_headline_sentence_comes_back_as_the_headline_with_its_actor_and_demand()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithHeadline());

        brief.Sentences.Select(s => (s.Text, s.Headline)).ShouldBe(
            [(HeadlineSamples.Headline, true), (HeadlineSamples.Lead, false), (HeadlineSamples.Second, false)]);
        var headline = brief.Sentences[0].Anchor;
        brief.Mentions.ShouldBe([new BriefMention("ukraine", "Kyiv", headline)]);
        brief.Demands.ShouldBe([new BriefDemand("ukraine", "leaders-meeting", Stance.Proposes, "a summit", headline, "ukraine")]);
    }

    [Fact]
    public void Without_a_headline_no_sentence_is_the_headline()
    {
        var brief = WrittenBrief.Of(HeadlineSamples.WithoutHeadline());

        brief.Sentences.Count.ShouldBe(3);
        brief.Sentences.ShouldAllBe(s => !s.Headline);
    }
}
