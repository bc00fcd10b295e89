using StaticBriefing.Annotation.Data;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Tests.Disagreements;

public class DisagreementRulesTests
{
    [Fact]
    public void The_repository_rules_parse_with_lower_case_words()
    {
        var rules = StaticBriefing.Tests.Site.SiteFixture.Comparison;

        rules.Events.ShouldNotBeEmpty();
        rules.Events.SelectMany(kind => kind.Words).ShouldAllBe(word => word == word.ToLowerInvariant());
        rules.SameEventWithinDays.ShouldBeInRange(0, 31);
    }

    [Theory]
    [InlineData("same_event_within_days: 3\nevents: []\nsurprise: 1\n", 3)]
    [InlineData("events: []\n", 1)]
    [InlineData("same_event_within_days: 3\nevents:\n  - id: talks\n    label: the talks\n    words: [talks]\n  - id: talks\n    label: again\n    words: [meeting]\n", null)]
    [InlineData("same_event_within_days: 90\nevents: []\n", null)]
    public void Malformed_rules_name_the_file_and_where_possible_the_line(string yaml, int? line)
    {
        var error = Should.Throw<DataFileException>(() => DisagreementRules.Parse(new DataFile(DisagreementRules.FileName, yaml)));

        error.File.ShouldBe("input/disagreements.yml");
        error.Line.ShouldBe(line);
        error.Message.ShouldNotContain("\n");
    }
}
