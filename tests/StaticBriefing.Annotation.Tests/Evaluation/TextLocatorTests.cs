using StaticBriefing.Evaluation;

namespace StaticBriefing.Annotation.Tests.Evaluation;

public class TextLocatorTests
{
    [Fact]
    public void Finds_a_string_whose_whitespace_differs_and_returns_original_offsets()
    {
        var text = "Intro. After\nmonths of\u00a0talks, nothing.";
        var span = new TextLocator(text).Find("After months of talks", 0, wholeWords: false);
        span.ShouldNotBeNull();
        text[span.Value.Start..span.Value.End].ShouldBe("After\nmonths of\u00a0talks");
    }

    [Fact]
    public void Whole_word_search_skips_matches_inside_words()
    {
        var text = "Mayor Smith arrived in May.";
        var span = new TextLocator(text).Find("May", 0, wholeWords: true);
        span.ShouldBe(new TextSpan(23, 26));
    }

    [Fact]
    public void Search_starts_at_the_given_offset()
    {
        var text = "today and today";
        new TextLocator(text).Find("today", 1, wholeWords: true).ShouldBe(new TextSpan(10, 15));
        new TextLocator(text).Find("today", 11, wholeWords: true).ShouldBeNull();
    }
}
