using StaticBriefing.Briefs.Anchors;

namespace StaticBriefing.Tests.Briefs;

public class SentenceAnchorTests
{
    [Fact]
    public void Anchor_is_s_dash_and_six_base32_characters_of_the_sha256() =>
        // SHA-256("abc") starts ba 78 16 bf: 10111 01001 11100 00001 01101 01111 → x j 4 b n p
        SentenceAnchor.Of("abc").ShouldBe("s-xj4bnp");

    [Fact]
    public void Whitespace_differences_do_not_change_the_anchor() =>
        SentenceAnchor.Of("  Talks\u00A0resumed \n in  Istanbul. ").ShouldBe(SentenceAnchor.Of("Talks resumed in Istanbul."));

    [Fact]
    public void Different_words_give_different_anchors() =>
        SentenceAnchor.Of("Talks resumed.").ShouldNotBe(SentenceAnchor.Of("Talks resumed!"));

    [Theory]
    [InlineData("s-abcdef", true)]
    [InlineData("s-abc234-2", true)]
    [InlineData("s-abc234-12", true)]
    [InlineData("s-abc234-1", false)]
    [InlineData("s-abc234-02", false)]
    [InlineData("s-ABCDEF", false)]
    [InlineData("s-abcde1", false)]
    [InlineData("s-abcde", false)]
    [InlineData("x-abcdef", false)]
    public void Recognises_well_formed_anchors(string anchor, bool wellFormed) =>
        SentenceAnchor.IsWellFormed(anchor).ShouldBe(wellFormed);
}
