using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>A heading line: a sentence alone in its paragraph, without closing punctuation.</summary>
public class HeadingLineTests
{
    private const string Next = "Delegations met on Monday.";

    [Theory]
    [InlineData("Kyiv proposes a summit in Geneva", "\n\n")]
    [InlineData("Kyiv proposes a summit in Geneva", "  \n \n")]
    public void A_first_paragraph_without_closing_punctuation_is_a_heading(string line, string gap) =>
        HeadingLine.Is(line + gap + Next, new Sentence(0, 0, line.Length)).ShouldBeTrue();

    [Fact]
    public void A_text_of_one_unpunctuated_line_is_a_heading() =>
        HeadingLine.Is("Kyiv proposes a summit in Geneva", new Sentence(0, 0, 32)).ShouldBeTrue();

    [Theory]
    [InlineData("Kyiv proposes a summit in Geneva.")]
    [InlineData("Will Kyiv propose a summit in Geneva?")]
    [InlineData("Kyiv proposes a summit in Geneva!")]
    [InlineData("Kyiv proposes a “summit in Geneva”")]
    [InlineData("Kyiv proposes a \"summit in Geneva\"")]
    public void A_line_ending_in_closing_punctuation_is_not_a_heading(string line) =>
        HeadingLine.Is(line + "\n\n" + Next, new Sentence(0, 0, line.Length)).ShouldBeFalse();

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    public void A_line_sharing_its_paragraph_with_the_next_sentence_is_not_a_heading(string gap)
    {
        const string Line = "Kyiv proposes a summit in Geneva";
        HeadingLine.Is(Line + gap + Next, new Sentence(0, 0, Line.Length)).ShouldBeFalse();
    }

    [Fact]
    public void A_line_sharing_its_paragraph_with_the_sentence_before_is_not_a_heading()
    {
        const string Line = "Kyiv proposes a summit in Geneva";
        var text = Next + " " + Line + "\n\nNothing was agreed.";
        HeadingLine.Is(text, new Sentence(1, Next.Length + 1, Next.Length + 1 + Line.Length)).ShouldBeFalse();
    }
}
