using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>Hand-made brief of seeds/001: published to the month only, no outlet named.</summary>
internal static class Seed001
{
    public static Brief Brief { get; } = new BriefBuilder("001_00eff6b607dc38ae", "Russia persists in their demand for negotiations between Putin and Zelensky")
        .By(null, null)
        .Published("2025-08", "as of early August 2025")
        .Paragraph(
            "Peace talks between Russia and Ukraine have made some progress, but a ceasefire remains elusive.",
            "The latest round of discussions took place in Istanbul on July 23, with both sides agreeing to additional humanitarian prisoner exchanges.")
        .Paragraph(
            "The Ukrainian delegation, headed by Rustem Umerov, the chairman of the Ukrainian National Security Council, proposed a meeting by the end of August between the presidents of Ukraine and Russia, with the presidents of Turkey and the United States in attendance.",
            "However, the Russian delegation, led by Vladimir Medinsky, a special representative and assistant to Russian President Vladimir Putin, has stated that substantial progress in negotiations must occur before Putin and Zelenskyy can meet.")
        .Paragraph(
            "Russia has already returned over 7,000 bodies of the deceased to the Ukrainian side and offered to hand over another 3,000 bodies of Ukrainian servicemen.")
        .Actor("russia", "Russia", ActorKind.State, "russia", "party to the talks", true, "Russia")
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party to the talks", true, "Ukraine")
        .Actor("rustem-umerov", "Rustem Umerov", ActorKind.Person, "ukraine", "head of Ukraine’s delegation", true, "Rustem Umerov")
        .Actor("vladimir-medinsky", "Vladimir Medinsky", ActorKind.Person, "russia", "head of Russia’s delegation", true, "Vladimir Medinsky")
        .Actor("vladimir-putin", "Vladimir Putin", ActorKind.Person, "russia", "Russian President", true, "Russian President Vladimir Putin", "Putin")
        .Actor("volodymyr-zelensky", "Volodymyr Zelensky", ActorKind.Person, "ukraine", "President of Ukraine", true, "Zelenskyy")
        .Date("July 23", "2025-07-23")
        .Date("the end of August", "2025-08", TimexMod.End)
        .Demand("ukraine", "leaders-meeting", Stance.Proposes, "proposed a meeting by the end of August", "rustem-umerov")
        .Demand("russia", "leaders-meeting", Stance.Rejects, "substantial progress in negotiations must occur before Putin and Zelenskyy can meet", "vladimir-medinsky")
        .Demand("russia", "prisoner-exchange", Stance.Accepts, "agreeing to additional humanitarian prisoner exchanges")
        .Demand("ukraine", "prisoner-exchange", Stance.Accepts, "agreeing to additional humanitarian prisoner exchanges")
        .Claim("russia", "returned over 7,000 bodies")
        .Build();
}
