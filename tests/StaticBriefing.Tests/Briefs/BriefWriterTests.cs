using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Briefs.Writing;

namespace StaticBriefing.Tests.Briefs;

public class BriefWriterTests
{
    private static ArticleBuilder Sample() => new ArticleBuilder()
        .Paragraph("Moscow views the chances of a breakthrough on May 16 as low.", "Kyiv wants a ceasefire, said Elizaveta Fokht.")
        .Paragraph("Putin said: \"no talks\" and cited 7,000 bodies.")
        .Actor("russia", "Russia", ActorKind.State, "russia", "party", true, (0, "Moscow"))
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party", true, (1, "Kyiv"))
        .Actor("elizaveta-fokht", "Elizaveta Fokht", ActorKind.Person, "none", "BBC correspondent", false, (1, "Elizaveta Fokht"))
        .Actor("vladimir-putin", "Vladimir Putin", ActorKind.Person, "russia", "President", true, (2, "Putin"))
        .Date(0, "May 16", "2025-05-16")
        .Demand(1, "a ceasefire", "ukraine", "ceasefire", Stance.Demands, "ukraine")
        .Quote(2, "no talks", "vladimir-putin")
        .Claim(2, "7,000 bodies", "vladimir-putin", "ukraine");

    [Fact]
    public void Writes_the_documented_format_exactly()
    {
        var sample = Sample();
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        var s = sample.SentenceTexts.Select(SentenceAnchor.Of).ToArray();
        markdown.ShouldBe($$"""
            ---
            id: "000_test"
            title: "Talks in Istanbul: what next?"
            title_generated: false
            outlet: Example News
            author: A. Writer
            published: "2025-07-22"
            published_basis: "byline: July 22, 2025"
            source: seeds/000_test.txt
            actors:
              - id: russia
              - id: ukraine
              - id: elizaveta-fokht
                name: Elizaveta Fokht
                kind: person
                party: none
                role: BBC correspondent
                reviewed: false
              - id: vladimir-putin
            dates:
              - { text: May 16, type: DATE, value: "2025-05-16", mod: null, sentence: {{s[0]}} }
            demands:
              - { party: ukraine, issue: ceasefire, stance: demands, text: a ceasefire, sentence: {{s[1]}}, actor: ukraine }
            quotes:
              - { speaker: vladimir-putin, text: no talks, sentence: {{s[2]}} }
            claims:
              - { who: vladimir-putin, disputed_by: ukraine, text: "7,000 bodies", sentence: {{s[2]}} }
            ---

            [[Moscow]{.actor ref=russia} views the chances of a breakthrough on [May 16]{.date value=2025-05-16} as low.]{#{{s[0]}}} [[Kyiv]{.actor ref=ukraine} wants [a ceasefire]{.demand party=ukraine issue=ceasefire stance=demands actor=ukraine}, said [Elizaveta Fokht]{.actor ref=elizaveta-fokht}.]{#{{s[1]}}}

            [[Putin]{.actor ref=vladimir-putin} said: "[no talks]{.quote speaker=vladimir-putin}" and cited [7,000 bodies]{.claim who=vladimir-putin disputed-by=ukraine}.]{#{{s[2]}}}

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Writes_the_same_bytes_twice() =>
        BriefWriter.Write(Sample().Article(), Sample().Annotated(), Fixtures.Lexicon)
            .ShouldBe(BriefWriter.Write(Sample().Article(), Sample().Annotated(), Fixtures.Lexicon));

    [Fact]
    public void Repeated_sentences_get_numbered_anchors()
    {
        var sample = new ArticleBuilder().Paragraph("Talks resumed.", "Nothing changed.", "Talks resumed.", "Talks  resumed.");
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        var anchor = SentenceAnchor.Of("Talks resumed.");
        markdown.ShouldContain($"{{#{anchor}}} ");
        markdown.ShouldContain($"{{#{anchor}-2}}");
        markdown.ShouldContain($"{{#{anchor}-3}}");
    }

    [Fact]
    public void Crossing_spans_keep_the_earlier_one_in_the_body_and_both_in_the_front_matter()
    {
        var sample = new ArticleBuilder().Paragraph("Russia seeks a long ceasefire now.")
            .Demand(0, "seeks a long", "russia", "ceasefire", Stance.Demands)
            .Date(0, "long ceasefire now", "PRESENT_REF");
        var markdown = BriefWriter.Write(sample.Article(), sample.Annotated(), Fixtures.Lexicon);
        markdown.ShouldContain("[Russia [seeks a long]{.demand party=ukraine".Replace("ukraine", "russia"));
        markdown.ShouldNotContain("{.date");
        markdown.ShouldContain("text: long ceasefire now");
    }

    [Fact]
    public void A_quote_over_two_sentences_becomes_one_entry_per_sentence()
    {
        var sample = new ArticleBuilder().Paragraph("He said: \"We want peace.", "We want it now.\"");
        var annotated = sample.Annotated();
        var start = sample.Text.IndexOf("We want peace", StringComparison.Ordinal);
        var end = sample.Text.IndexOf("now.", StringComparison.Ordinal) + 4;
        annotated = annotated with { Quotes = new[] { new QuoteAnnotation(start, end, 0, null) }.ToEquatableArray() };
        var markdown = BriefWriter.Write(sample.Article(), annotated, Fixtures.Lexicon);
        markdown.ShouldContain("[We want peace.]{.quote}");
        markdown.ShouldContain("[We want it now.]{.quote}");
    }

    [Fact]
    public void An_article_without_a_publication_date_is_a_one_line_error()
    {
        var sample = new ArticleBuilder().Paragraph("Talks resumed.");
        var error = Should.Throw<DataFileException>(() =>
            BriefWriter.Write(sample.Article() with { Published = null }, sample.Annotated(), Fixtures.Lexicon));
        error.Message.ShouldBe("seeds/000_test.txt: field 'published': no publication date in the text; give one in a sidecar (published: YYYY-MM-DD)");
    }
}
