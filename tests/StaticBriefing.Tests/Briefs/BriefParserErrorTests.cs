using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Parsing;

namespace StaticBriefing.Tests.Briefs;

/// <summary>Each kind of bad brief fails with one line naming file, line and field.</summary>
public class BriefParserErrorTests
{
    public const string Valid = """
        ---
        id: 000_test
        title: Talks
        published: "2025-07-22"
        source: seeds/000_test.txt
        actors:
          - id: russia
          - id: elizaveta-fokht
            name: Elizaveta Fokht
            kind: person
            party: none
            role: BBC correspondent
            reviewed: false
        dates:
          - { text: May 16, value: "2025-05-16", sentence: s-aaaaaa }
        demands:
          - { party: ukraine, issue: ceasefire, stance: demands, text: a ceasefire, sentence: s-bbbbbb }
        quotes: []
        claims:
          - { who: narrator, text: "7,000 bodies", sentence: s-bbbbbb }
        ---

        [[Moscow]{.actor ref=russia} met on [May 16]{.date value=2025-05-16}.]{#s-aaaaaa}

        [[Elizaveta Fokht]{.actor ref=elizaveta-fokht} says Ukraine wants [a ceasefire]{.demand party=ukraine issue=ceasefire stance=demands} after [7,000 bodies]{.claim who=narrator}.]{#s-bbbbbb}
        """;

    [Fact]
    public void The_valid_brief_parses()
    {
        var brief = BriefParser.Parse(new DataFile("brief.md", Valid), Fixtures.Vocabulary);
        brief.Sentences.Count.ShouldBe(2);
        brief.Actors[1].Name.ShouldBe("Elizaveta Fokht");
        brief.Actors[0].Reviewed.ShouldBeTrue();
        brief.Sentences[1].Paragraph.ShouldBe(1);
    }

    [Theory]
    [InlineData("unknown key", "source: seeds/000_test.txt", "source: seeds/000_test.txt\ncolour: red", 6, "colour")]
    [InlineData("missing field", "title: Talks\n", "", 18, "title")] // YamlDotNet reports a missing key where its mapping ends
    [InlineData("missing entry field", "{ text: May 16, value: \"2025-05-16\", sentence: s-aaaaaa }", "{ text: May 16, value: \"2025-05-16\" }", 15, "sentence")]
    [InlineData("unknown actor", "  - id: russia", "  - id: atlantis", 7, "id")]
    [InlineData("reviewed actor redefined", "  - id: elizaveta-fokht", "  - id: vladimir-putin", 8, "id")]
    [InlineData("unreviewed actor without role", "    role: BBC correspondent\n", "", 8, "role")]
    [InlineData("unknown issue", "issue: ceasefire, stance", "issue: peace-dividend, stance", 17, "issue")]
    [InlineData("unknown party", "{ party: ukraine,", "{ party: atlantis,", 17, "party")]
    [InlineData("unknown party of an actor", "party: none", "party: atlantis", 11, "party")]
    [InlineData("unknown stance", "stance: demands, text", "stance: wishes, text", 17, "stance")]
    [InlineData("invalid date value", "value: \"2025-05-16\"", "value: \"2025-02-30\"", 15, "value")]
    [InlineData("invalid publication date", "published: \"2025-07-22\"", "published: yesterday", 4, "published")]
    [InlineData("entry without a sentence", "sentence: s-aaaaaa }", "sentence: s-zzzzzz }", 15, "sentence")]
    [InlineData("entry without its span", "[May 16]{.date value=2025-05-16}", "the 16th", 15, "text")]
    [InlineData("span missing from front matter", "stance=demands}", "stance=rejects}", 25, null)]
    [InlineData("span with an unknown actor", "{.actor ref=russia}", "{.actor ref=atlantis}", 23, "ref")]
    [InlineData("reviewed actor not listed", "{.actor ref=russia}", "{.actor ref=vladimir-putin}", 23, "ref")]
    [InlineData("span with an unknown attribute", "{.date value=2025-05-16}", "{.date value=2025-05-16 colour=red}", 23, "colour")]
    [InlineData("duplicate anchor", "{#s-bbbbbb}", "{#s-aaaaaa}", 25, "id")]
    [InlineData("malformed anchor", "{#s-bbbbbb}", "{#s-bb}", 25, "id")]
    [InlineData("text outside a sentence", "\n\n[[Elizaveta", "\n\nStray words.\n\n[[Elizaveta", 25, null)]
    [InlineData("listed actor never used", "  - id: russia\n", "  - id: russia\n  - id: dmitry-peskov\n", 8, "id")]
    [InlineData("malformed yaml", "title: Talks", "title: [Talks", 3, null)]
    [InlineData("wrong type", "quotes: []", "quotes: 7", 18, null)]
    public void Bad_input_is_a_one_line_error_naming_file_line_and_field(string what, string find, string replace, int line, string? field)
    {
        Valid.ShouldContain(find, customMessage: what);
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);
        var error = Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("input/briefs/000_test.md", text), Fixtures.Vocabulary), what);
        error.Message.ShouldNotContain("\n");
        error.File.ShouldBe("input/briefs/000_test.md");
        error.Message.ShouldStartWith($"input/briefs/000_test.md:{line}: ", customMessage: what);
        if (field is not null)
        {
            error.Message.ShouldContain($"'{field}'", customMessage: what);
        }
    }

    [Fact]
    public void A_hand_correction_must_keep_its_id() =>
        Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("input/briefs/001_other.md", Valid), Fixtures.Vocabulary, "001_other"))
            .Message.ShouldBe("input/briefs/001_other.md:2: field 'id': '000_test' does not match the file, which is for brief '001_other'");

    [Theory]
    [InlineData("", "must start with a '---' line")]
    [InlineData("just text", "must start with a '---' line")]
    [InlineData("---\nid: x\n", "never closed")]
    [InlineData("---\nid: x\0\n---\n", "binary")]
    public void A_file_that_is_not_a_brief_is_rejected_at_line_1(string text, string problem) =>
        Should.Throw<DataFileException>(() => BriefParser.Parse(new DataFile("b.md", text), Fixtures.Vocabulary))
            .Message.ShouldSatisfyAllConditions(m => m.ShouldStartWith("b.md:1: "), m => m.ShouldContain(problem));

    [Fact]
    public void An_entry_whose_span_crossed_another_is_accepted_when_its_text_is_in_the_sentence()
    {
        var text = Valid.Replace("dates:\n", "dates:\n  - { text: met on May, value: \"2025-05\", sentence: s-aaaaaa }\n", StringComparison.Ordinal);
        var brief = BriefParser.Parse(new DataFile("brief.md", text), Fixtures.Vocabulary);
        brief.Dates.Count.ShouldBe(2);
    }
}
