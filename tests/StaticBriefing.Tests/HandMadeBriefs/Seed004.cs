using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>Hand-made brief of seeds/004: no headline, no outlet; dates ahead of the newest brief.</summary>
internal static class Seed004
{
    public static Brief Brief { get; } = new BriefBuilder("004_604b73cb5f3714ff", "For the third time in three months, the negotiating teams of Ukraine and Russia will meet tomorrow in Istanbul")
        .By(null, null)
        .Published("2025-07-22", "“late last night (July 21)”, “tomorrow (July 23)”")
        .GeneratedTitle()
        .Paragraph(
            "Brussels – For the third time in three months, the negotiating teams of Ukraine and Russia will meet tomorrow in Istanbul to try and break the diplomatic impasse.",
            "But on this last point, as well as on the ceasefire agreement, expectations are rather low.")
        .Paragraph(
            "The Tass agency confirmed the Ukrainian version, stating that only one day of talks was scheduled for tomorrow, while RIA reported that talks were planned for Thursday and Friday (24 and 25 July).")
        .Paragraph(
            "U.S. President Donald Trump has threatened severe sanctions if there is no agreement by the end of August.")
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party to the talks", true, "Ukraine")
        .Actor("russia", "Russia", ActorKind.State, "russia", "party to the talks", true, "Russia")
        .Actor("tass", "TASS", ActorKind.Organisation, "russia", "Russian national news agency", true, "Tass")
        .Actor("ria", "RIA", ActorKind.Organisation, "russia", "Russian national news agency", false, "RIA")
        .Actor("donald-trump", "Donald Trump", ActorKind.Person, "usa", "U.S. President", true, "U.S. President Donald Trump")
        .Date("three months", "P3M", type: TimexType.Duration)
        .Date("tomorrow", "2025-07-23")
        .Date("Thursday", "2025-07-24")
        .Date("25 July", "2025-07-25")
        .Date("the end of August", "2025-08", TimexMod.End)
        .Demand("usa", "sanctions", Stance.Proposes, "threatened severe sanctions", "donald-trump")
        .Claim("ria", "talks were planned for Thursday and Friday (24 and 25 July)", "tass")
        .Build();
}
