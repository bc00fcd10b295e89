using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests;

public class ModelTests
{
    [Fact]
    public void Records_holding_arrays_compare_by_content()
    {
        var a = new ActorAnnotation("x", "X", ActorKind.Person, "none", "r", true, new[] { new Mention(0, 1, 0) }.ToEquatableArray());
        var b = new ActorAnnotation("x", "X", ActorKind.Person, "none", "r", true, new[] { new Mention(0, 1, 0) }.ToEquatableArray());
        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a with { Mentions = new[] { new Mention(0, 2, 0) }.ToEquatableArray() }).ShouldNotBe(b);
    }

    [Theory]
    [InlineData("2025-07-22", "2025-07-22")]
    [InlineData("2025-08", "2025-08")]
    [InlineData("2025", "2025")]
    public void Reference_dates_round_trip_their_timex_form(string text, string expected)
    {
        ReferenceDate.TryParse(text, out var date).ShouldBeTrue();
        date!.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("July 2025")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("")]
    public void Malformed_reference_dates_are_refused(string text) => ReferenceDate.TryParse(text, out _).ShouldBeFalse();
}
