using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator with the repository's knowledge: a headline states its own positions but
/// sets no context for the sentences after it, so an anaphor in the lead does not pick up its issue.
/// </summary>
public class HeadlineContextTests
{
    private const string Headline = "Ukraine proposes a prisoner exchange before the winter";
    private const string Lead = "Moscow rejected the proposal, a diplomat in Geneva said on Friday.";
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void The_headline_states_its_position_but_its_issue_is_not_carried_into_the_next_sentence()
    {
        Positions($"{Headline}\n\n{Lead}").ShouldBe(["0: ukraine proposes prisoner-exchange (prisoner exchange)"]);
    }

    [Fact]
    public void The_same_line_as_a_full_sentence_gives_the_anaphor_its_issue()
    {
        Positions($"{Headline}.\n\n{Lead}").ShouldBe(
            ["0: ukraine proposes prisoner-exchange (prisoner exchange)", "1: russia rejects prisoner-exchange (the proposal)"]);
    }

    [Fact]
    public void A_heading_line_after_the_first_sentence_keeps_its_context()
    {
        Positions($"Delegates gathered in Geneva on Monday.\n\n{Headline}\n\n{Lead}").ShouldBe(
            ["1: ukraine proposes prisoner-exchange (prisoner exchange)", "2: russia rejects prisoner-exchange (the proposal)"]);
    }

    private static List<string> Positions(string text)
    {
        var annotated = Annotator.Value.Annotate(text, new ReferenceDate(2025, 7, 1));
        return annotated.Demands
            .Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue} ({text[d.Start..d.End]})")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
