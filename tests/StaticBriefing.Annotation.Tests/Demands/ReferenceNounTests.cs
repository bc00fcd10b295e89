using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>The nouns an issue is referred to as (referred_to_as in input/issues.yml) are single words, read lowercase.</summary>
public class ReferenceNounTests
{
    private const string OneIssue = """
        issues:
          - id: leaders-meeting
            label: Meeting of the leaders
            cues: [summit]
        """;

    [Fact]
    public void Reference_nouns_are_read_lowercase()
    {
        var issues = LexiconFiles.Read("issues.yml").Text.Replace("referred_to_as: [invitation,", "referred_to_as: [Invitation,", StringComparison.Ordinal);
        var lexicon = DemandLexicon.Parse(new DataFile("issues.yml", issues), LexiconFiles.Read("stances.yml"));
        lexicon.Issue("leaders-meeting")!.ReferredToAs.ShouldContain("invitation");
        lexicon.Issue("leaders-meeting")!.ReferredToAs.ShouldNotContain("Invitation");
    }

    [Fact]
    public void An_issue_without_reference_nouns_has_none()
    {
        var issues = LexiconFiles.Read("issues.yml").Text.Replace("    referred_to_as: [invitation,", "    # [invitation,", StringComparison.Ordinal);
        var lexicon = DemandLexicon.Parse(new DataFile("issues.yml", issues), LexiconFiles.Read("stances.yml"));
        lexicon.Issue("leaders-meeting")!.ReferredToAs.ShouldBeEmpty();
    }

    [Fact]
    public void A_phrase_as_reference_noun_names_its_line()
    {
        var error = Should.Throw<DataFileException>(() => Parse(OneIssue + "\n    referred_to_as: [the invitation]\n"));
        error.Line.ShouldBe(5);
        error.Field.ShouldBe("referred_to_as");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void The_repository_declares_the_reference_determiners()
    {
        LexiconFiles.Demands.Grammar.Anaphora.ReferenceDeterminers.ShouldContain("such");
        LexiconFiles.Demands.Grammar.Anaphora.ReferenceDeterminers.ShouldNotContain("a");
    }

    private static DemandLexicon Parse(string text) =>
        DemandLexicon.Parse(new DataFile("issues.yml", text), LexiconFiles.Read("stances.yml"));
}
