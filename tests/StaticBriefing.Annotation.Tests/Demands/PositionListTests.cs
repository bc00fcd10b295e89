using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator with the repository's knowledge: a subhead that names a party and a stance
/// ("What Moscow wants") gives that party's position on each verbless item listed under it, until a
/// subhead in capitals or a paragraph of prose ends the list.
/// </summary>
public class PositionListTests
{
    private const string Lead = "Talks resume in Geneva on Monday.";
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void Each_item_under_the_subhead_is_the_subhead_party_s_position_turned_round_by_its_own_negator()
    {
        Positions(Lead, "What Moscow wants", "Recognition of Crimea as Russian", "No ceasefire before a peace deal is signed", "The lifting of sanctions")
            .ShouldBe([
                "2: russia demands recognition-of-annexation (Recognition of Crimea)",
                "3: russia rejects ceasefire (ceasefire)",
                "4: russia demands sanctions-relief (lifting of sanctions)",
            ]);
    }

    [Fact]
    public void Without_the_subhead_the_verbless_items_state_no_position()
    {
        Positions(Lead, "Recognition of Crimea as Russian", "No ceasefire before a peace deal is signed", "The lifting of sanctions")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_new_subhead_changes_the_party_and_an_item_with_its_own_verb_is_read_as_a_sentence()
    {
        Positions(Lead, "What Moscow wants", "The lifting of sanctions", "What Kyiv is offering", "A prisoner exchange", "Moscow has rejected a ceasefire")
            .ShouldBe([
                "2: russia demands sanctions-relief (lifting of sanctions)",
                "4: ukraine offers prisoner-exchange (prisoner exchange)",
                "5: russia rejects ceasefire (ceasefire)",
            ]);
    }

    [Fact]
    public void A_negated_subhead_turns_its_items_round()
    {
        Positions(Lead, "What Kyiv will not accept", "A ceasefire on Moscow's terms")
            .ShouldBe(["2: ukraine rejects ceasefire (ceasefire)"]);
    }

    [Theory]
    [InlineData("WHAT COMES NEXT")]
    [InlineData("The delegations will meet again in June.")]
    public void A_subhead_in_capitals_or_a_paragraph_of_prose_ends_the_list(string end)
    {
        Positions(Lead, "What Moscow wants", "The lifting of sanctions", end, "A prisoner exchange")
            .ShouldBe(["2: russia demands sanctions-relief (lifting of sanctions)"]);
    }

    private static List<string> Positions(params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var annotated = Annotator.Value.Annotate(text, new ReferenceDate(2025, 7, 1));
        return annotated.Demands
            .Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue} ({text[d.Start..d.End]})")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
