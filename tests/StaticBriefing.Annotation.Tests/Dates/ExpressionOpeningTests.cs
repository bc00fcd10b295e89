using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>
/// The scanner skips a starter word ("the", "Ukraine") unless the token after it can continue an
/// expression; each kind of continuation the readers accept must still open one there.
/// </summary>
public class ExpressionOpeningTests
{
    private static readonly DateRecognizer Recognizer = new(TemporalLexicon.Parse(
        new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));

    [Theory]
    [InlineData("Talks resumed on the 5th.", "the 5th")] // an article before an ordinal number
    [InlineData("They met on the sixth of July in Geneva.", "the sixth of July")] // an article before an ordinal word
    [InlineData("A deal is due by the summer.", "the summer")] // an article before a season
    [InlineData("Kyiv held no parade on Ukraine's Independence Day.", "Ukraine's Independence Day")] // a phrase whose second token is a symbol
    [InlineData("The talks stalled at the end of May.", "the end of May")] // a phrase's second word
    public void A_starter_opens_an_expression_before_what_can_continue_it(string line, string expected)
    {
        var found = Recognizer.RecognizeLine(line, new ReferenceDate(2025, 7, 22));
        found.Select(date => line[date.Start..date.End]).ShouldContain(expected);
    }

    [Fact]
    public void A_starter_before_a_word_no_phrase_continues_with_opens_none()
    {
        Recognizer.RecognizeLine("The Kremlin said the talks in Ukraine would go on.", new ReferenceDate(2025, 7, 22)).ShouldBeEmpty();
    }
}
