using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Demands.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>input/issues.yml and input/stances.yml are parsed strictly: every problem is one line naming file, line and field.</summary>
public class DemandLexiconTests
{
    private const string OneIssue = """
        issues:
          - id: ceasefire
            label: Ceasefire
            cues: [ceasefire, truce]
        """;

    [Fact]
    public void The_repository_lexicon_parses_with_every_issue_the_gold_files_use()
    {
        var ids = LexiconFiles.Demands.Issues.Select(issue => issue.Id).ToHashSet();
        var goldIssues = GoldHarness.Names.SelectMany(name => new GoldHarness(name).Gold.Demands.Select(d => d.Issue)).ToHashSet();
        goldIssues.Except(ids).ShouldBeEmpty();
        ids.Count.ShouldBeGreaterThan(goldIssues.Count);
    }

    [Fact]
    public void Issue_options_are_read()
    {
        var aid = LexiconFiles.Demands.Issue("military-aid")!;
        aid.SourceStance.ShouldBe(Stance.Offers);
        aid.Remap(Stance.Proposes).ShouldBe(Stance.Offers);
        aid.Remap(Stance.Rejects).ShouldBe(Stance.Rejects);
        LexiconFiles.Demands.Issue("return-of-children")!.AgendaStance.ShouldBe(Stance.Demands);
        LexiconFiles.Demands.Issue("recognition-of-annexation")!.Opposite.ShouldBe("non-recognition-of-occupation");
    }

    [Fact]
    public void An_unknown_key_names_its_line()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(OneIssue + "\n    colour: red\n"));
        error.File.ShouldBe("issues.yml");
        error.Line.ShouldBe(5);
        error.Message.ShouldStartWith("issues.yml:5:");
    }

    [Fact]
    public void A_missing_field_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues("issues:\n  - id: ceasefire\n    cues: [truce]\n"));
        error.Line.ShouldNotBeNull();
        error.Message.ShouldContain("label", Case.Insensitive);
    }

    [Fact]
    public void A_duplicate_issue_id_names_the_second_line()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(OneIssue + "\n  - id: ceasefire\n    label: Again\n    cues: [armistice]\n"));
        error.Line.ShouldBe(5);
        error.Field.ShouldBe("id");
    }

    [Theory]
    [InlineData("{nobody} wants", "unknown slot")]
    [InlineData(".. truce", "may not start or end")]
    [InlineData("truce|cease-fire", "single word")]
    public void A_malformed_cue_names_its_line(string cue, string problem)
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues($"issues:\n  - id: ceasefire\n    label: Ceasefire\n    cues:\n      - \"{cue}\"\n"));
        error.Line.ShouldBe(5);
        error.Field.ShouldBe("cues");
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void An_unknown_stance_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(OneIssue + "\n    agenda_stance: hopes\n"));
        error.Line.ShouldBe(5);
        error.Field.ShouldBe("agenda_stance");
    }

    [Fact]
    public void An_unknown_opposite_issue_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(OneIssue + "\n    opposite: peace-forever\n"));
        error.Line.ShouldBe(5);
        error.Problem.ShouldContain("unknown issue 'peace-forever'");
    }

    [Fact]
    public void A_joint_cue_naming_an_unknown_issue_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(OneIssue + "\n    joint_cues:\n      peace-forever: [truce along the line]\n"));
        error.Line.ShouldBe(6);
        error.Problem.ShouldContain("unknown issue 'peace-forever'");
    }

    [Fact]
    public void A_joint_cue_names_both_issues()
    {
        var issues = IssueFileParser.Parse(new DataFile("issues.yml", "issues:\n  - id: ceasefire\n    label: x\n    cues: [truce]\n  - id: front-line-freeze\n    label: y\n    cues: [frozen line]\n    joint_cues:\n      ceasefire: [truce along the line]\n"));
        issues[1].JointCues.ShouldBe([new JointCue("truce along the line", "ceasefire")]);
    }

    [Fact]
    public void An_id_that_is_not_kebab_case_is_an_error()
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues("issues:\n  - id: Cease Fire\n    label: x\n    cues: [truce]\n"));
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void A_restricted_cue_naming_an_unknown_issue_names_its_line()
    {
        var stances = File.ReadAllText(RepositoryPaths.Of("input", "stances.yml"));
        var error = Should.Throw<DataFileException>(() => DemandLexicon.Parse(new DataFile("issues.yml", OneIssue), new DataFile("stances.yml", stances)));
        error.File.ShouldBe("stances.yml");
        error.Field.ShouldBe("issues");
        error.Problem.ShouldContain("unknown issue 'memorandum-exchange'");
        stances.Split('\n')[error.Line!.Value - 1].ShouldContain("memorandum-exchange");
    }

    [Fact]
    public void A_stances_file_missing_a_list_is_an_error()
    {
        var stances = File.ReadAllText(RepositoryPaths.Of("input", "stances.yml"));
        var withoutNegators = string.Join('\n', stances.Split('\n').Where(line => !line.StartsWith("negators:", StringComparison.Ordinal)));
        var error = Should.Throw<DataFileException>(() => DemandLexicon.Parse(LexiconFiles.Read("issues.yml"), new DataFile("stances.yml", withoutNegators)));
        error.Message.ShouldContain("negators", Case.Insensitive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("issues: [")]
    [InlineData("\0\u0001binary")]
    [InlineData("- just\n- a list")]
    public void Empty_malformed_or_binary_files_are_one_line_errors(string text)
    {
        var error = Should.Throw<DataFileException>(() => ParseIssues(text));
        error.Message.ShouldStartWith("issues.yml");
        error.Message.ShouldNotContain("\n");
    }

    private static DemandLexicon ParseIssues(string text) =>
        DemandLexicon.Parse(new DataFile("issues.yml", text), LexiconFiles.Read("stances.yml"));
}
