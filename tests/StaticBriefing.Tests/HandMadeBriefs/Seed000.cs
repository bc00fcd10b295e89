using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>Hand-made brief of seeds/000 (a few of its sentences), annotated after the gold file.</summary>
internal static class Seed000
{
    public static Brief Brief { get; } = new BriefBuilder("000_23d98722bfaca581", "Moscow sees low chances of a breakthrough")
        .By("Eurasia Business News", "Anthony Marcus")
        .Published("2025-07-22", "byline: July 22, 2025")
        .GeneratedTitle()
        .Paragraph(
            "Moscow views the chances of a “breakthrough” in the current negotiations with Ukraine as low, reflecting significant and fundamental disagreements between the two parties.",
            "The Kremlin has expressed support for a new round of peace talks in Istanbul but emphasized that the positions of Russia and Ukraine are “diametrically opposed,” requiring substantial diplomatic efforts to bridge gaps.")
        .Paragraph(
            "Russia’s demands continue to focus on conditions amounting to Ukrainian capitulation, including the withdrawal of Ukrainian forces from regions taken by Russia in August-Septembre 2022 and international recognition of those territories.")
        .Paragraph(
            "Ukraine, in contrast, insists on a ceasefire as a prerequisite for further negotiations, along with reciprocal prisoner exchanges and release of abducted civilians.",
            "President Zelenskyy has proposed accelerated talks, including the possibility of a meeting with Russian President Putin, but so far, concrete progress remains elusive.")
        .Paragraph(
            "At previous meetings, which took place on May 16 and June 2, the delegations agreed on the exchange of prisoners of war, and also presented each other with memorandums on the terms of the ceasefire.",
            "The Russian president said that the proposals of the two countries are directly opposite, “but the negotiations are organized and held in order to look for ways of rapprochement,” he said.")
        .Actor("russia", "Russia", ActorKind.State, "russia", "party to the talks", true, "Moscow", "Russia")
        .Actor("kremlin", "Kremlin", ActorKind.Organisation, "russia", "Russian leadership", true, "Kremlin")
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party to the talks", true, "Ukraine")
        .Actor("volodymyr-zelensky", "Volodymyr Zelensky", ActorKind.Person, "ukraine", "President of Ukraine", true, "President Zelenskyy")
        .Actor("vladimir-putin", "Vladimir Putin", ActorKind.Person, "russia", "Russian President", true, "Russian President Putin", "The Russian president")
        .Date("August-Septembre 2022", "2022-08/2022-09")
        .Date("May 16", "2025-05-16")
        .Date("June 2", "2025-06-02")
        .Demand("russia", "negotiations", Stance.Accepts, "support for a new round of peace talks", "kremlin")
        .Demand("russia", "territorial-withdrawal", Stance.Demands, "the withdrawal of Ukrainian forces")
        .Demand("russia", "recognition-of-annexation", Stance.Demands, "international recognition of those territories")
        .Demand("ukraine", "ceasefire", Stance.Demands, "insists on a ceasefire", "ukraine")
        .Demand("ukraine", "prisoner-exchange", Stance.Demands, "reciprocal prisoner exchanges", "ukraine")
        .Demand("ukraine", "leaders-meeting", Stance.Proposes, "a meeting with Russian President Putin", "volodymyr-zelensky")
        .Quote("vladimir-putin", "but the negotiations are organized and held in order to look for ways of rapprochement,")
        .Claim("narrator", "the delegations agreed on the exchange of prisoners of war")
        .Build();
}
