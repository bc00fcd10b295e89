using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator files a mediator's positions under the party parties.yml names, and a group's
/// under the bloc actors.yml names, keeping the actor.
/// </summary>
public class PositionPartiesTests
{
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void A_mediator_s_offer_is_filed_under_the_party_it_names_and_keeps_its_actor()
    {
        var annotated = Annotator.Value.Annotate("Turkish President Recep Tayyip Erdogan offered to host the talks.", new ReferenceDate(2025, 7, 1));

        var offer = annotated.Demands.ShouldHaveSingleItem();
        offer.Party.ShouldBe("other");
        offer.Stance.ShouldBe(Stance.Offers);
        offer.ActorId.ShouldBe("recep-tayyip-erdogan");
        annotated.Actors.Single(a => a.Id == "recep-tayyip-erdogan").Party.ShouldBe("turkey");
    }

    [Fact]
    public void A_side_of_its_own_keeps_its_party()
    {
        var annotated = Annotator.Value.Annotate("Moscow offered to host the talks.", new ReferenceDate(2025, 7, 1));

        annotated.Demands.ShouldHaveSingleItem().Party.ShouldBe("russia");
    }

    [Fact]
    public void A_mediator_and_another_actor_of_the_party_it_is_filed_under_give_one_entry()
    {
        var annotated = Annotator.Value.Annotate("Turkey and China offered to host the talks.", new ReferenceDate(2025, 7, 1));

        annotated.Demands.ShouldHaveSingleItem().Party.ShouldBe("other");
    }

    [Fact]
    public void A_group_of_states_marked_so_in_actors_yml_is_filed_under_its_bloc_and_keeps_its_party()
    {
        var annotated = Annotator.Value.Annotate("The coalition of the willing offered to send troops to Ukraine.", new ReferenceDate(2025, 7, 1));

        var offer = annotated.Demands.ShouldHaveSingleItem();
        offer.Party.ShouldBe("eu");
        offer.Issue.ShouldBe("peacekeepers");
        offer.ActorId.ShouldBe("coalition-of-the-willing");
        annotated.Actors.Single(a => a.Id == "coalition-of-the-willing").Party.ShouldBe("other");
    }

    [Fact]
    public void Only_positions_stated_through_the_marked_actor_are_refiled()
    {
        var group = new ActorDefinition("alpine-group", "Alpine Group", ActorKind.Other, "other", "", EquatableArray<string>.Empty, EquatableArray<string>.Empty)
        {
            PositionsUnder = "eu",
        };
        var filing = new PositionParties(EquatableArray<PartyDefinition>.Empty, new[] { group }.ToEquatableArray());
        var demands = new[]
        {
            new DemandAnnotation("other", "peacekeepers", Stance.Offers, 0, 0, 5, "alpine-group"),
            new DemandAnnotation("other", "peacekeepers", Stance.Offers, 1, 10, 15, "norway"),
            new DemandAnnotation("other", "ceasefire", Stance.Demands, 2, 20, 25, null),
        }.ToEquatableArray();

        filing.File(demands).Select(d => d.Party).ShouldBe(["eu", "other", "other"]);
    }
}
