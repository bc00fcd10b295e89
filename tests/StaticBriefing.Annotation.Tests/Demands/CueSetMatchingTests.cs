using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// A cue with several words is tried only where the sentence holds each of its later words (the
/// sentence's word sketch): the sketch must never keep out a cue whose words are all there.
/// </summary>
public class CueSetMatchingTests
{
    private static readonly CueSet Cues = CueSet.Of(["from .. sanctions list|lists", "stay|remain .. outside nato|eu", "talks"]);

    [Theory]
    [InlineData("Kyiv wants them removed from the EU sanctions list at once.", "from the EU sanctions list")]
    [InlineData("Moscow insists Kyiv must remain forever outside NATO, he said.", "remain forever outside NATO")]
    [InlineData("The talks ended.", "talks")]
    public void A_cue_whose_words_the_sentence_holds_is_found(string text, string expected)
    {
        Found(text).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Kyiv wants them removed from the list of sanctions at once.")]
    [InlineData("Moscow insists Kyiv must remain outside the alliance, he said.")]
    public void A_cue_missing_a_later_word_is_not_found(string text)
    {
        Found(text).ShouldBeEmpty();
    }

    private static List<string> Found(string text)
    {
        var sentence = new SentenceTokens(text, new Sentence(0, 0, text.Length), []);
        return [.. Cues.FindAll(sentence).Select(match => text[sentence.Tokens[match.Start].Start..sentence.Tokens[match.End - 1].End])];
    }
}
