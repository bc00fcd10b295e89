
namespace StaticBriefing.Tests.Reading;

/// <summary>Long adversarial lines aimed at the reading patterns must not run away, nor hit a regex timeout.</summary>
public class HostilePageTests
{
    private const string Body = "The finance ministers of Norway and Chile met in Geneva to discuss a new fishing treaty.";

    [Theory]
    [InlineData("we ")]
    [InlineData("we use cookies ")]
    [InlineData("a | ")]
    [InlineData("x@")]
    [InlineData("Photo: A ")]
    [InlineData("By Ann Lee, ")]
    [InlineData("© 2025 ")]
    [InlineData("KYIV, Aug. 16 (")]
    [InlineData("Reporting by A ")]
    [InlineData("12:30 ")]
    public void A_megabyte_line_of_a_repeated_fragment_does_not_run_away(string fragment)
    {
        var line = string.Concat(Enumerable.Repeat(fragment, 1_000_000 / fragment.Length));
        var article = HangGuard.Run(() => Readers.Read($"{line}\n\n{Body}\n\n{line}\n"));
        article.Body.ShouldContain(Body);
    }

    [Fact]
    public void Thousands_of_menus_above_the_body_and_comment_openers_below_it_read_in_linear_time()
    {
        var head = string.Concat(Enumerable.Repeat("Home\nWorld\nSport\nCulture\nFishing talks in Geneva go on\n", 10_000));
        var comments = string.Concat(Enumerable.Repeat("Comments (1)\nReply · Like\n", 20_000));
        var second = "Both delegations said the talks would continue next month in Santiago.";
        var article = HangGuard.Run(() => Readers.Read($"{head}{Body}\n{comments}{second}\n"));
        article.Body.ShouldContain(second);
    }
}
