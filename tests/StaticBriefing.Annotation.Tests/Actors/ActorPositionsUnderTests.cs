using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>An actor's <c>positions_under</c> names the party its positions are filed under, and must be another known party.</summary>
public sealed class ActorPositionsUnderTests
{
    private const string Parties = "parties:\n  - id: russia\n    name: Russia\n  - id: eu\n    name: EU\n  - id: other\n    name: Other\n";

    private static string Group(string under) =>
        $"  - id: nordic-group\n    name: Nordic group\n    kind: other\n    party: other\n    role: group of states\n    positions_under: {under}\n";

    [Fact]
    public void A_known_other_party_is_kept_on_the_actor()
    {
        var group = ActorLexiconParseTests.Parse(Group("eu"), Parties).Actors.ShouldHaveSingleItem();
        group.Party.ShouldBe("other");
        group.PositionsUnder.ShouldBe("eu");
    }

    [Theory]
    [InlineData("atlantis")]
    [InlineData("other")]
    public void An_unknown_party_or_the_actor_s_own_is_an_error_with_its_line(string under)
    {
        var error = Should.Throw<DataFileException>(() => ActorLexiconParseTests.Parse(Group(under), Parties));
        error.File.ShouldBe("input/actors.yml");
        error.Line.ShouldBe(ActorLexiconParseTests.CueLines + 6);
        error.Message.ShouldContain("positions_under");
    }
}
