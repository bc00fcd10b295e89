using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>Hand-made brief of seeds/003: a named outlet, a spokesperson's quote, weekday dates.</summary>
internal static class Seed003
{
    public static Brief Brief { get; } = new BriefBuilder("003_56d93cfb8eef386c", "Russia and Ukraine to renew talks, but peace remains elusive")
        .By("The San Juan Daily Star", "Anatoly Kurmanaev")
        .Published("2025-07-23", "post date: Jul 23; © 2025")
        .Paragraph(
            "Russian and Ukrainian officials are expected to meet in Istanbul today, ostensibly for the latest round of talks aimed at ending their war, according to Turkish and Ukrainian officials.")
        .Paragraph(
            "“There is no basis to expect any magical breakthroughs,” Kremlin spokesperson Dmitry Peskov told reporters Tuesday.",
            "“This is highly unlikely in the current situation.”")
        .Paragraph(
            "President Volodymyr Zelenskyy of Ukraine said Monday that his chief negotiator and head of the National Security and Defense Council, Rustem Umerov, would meet the Russians on Wednesday.",
            "The government of Turkey, the host of the talks, confirmed that timing.")
        .Actor("dmitry-peskov", "Dmitry Peskov", ActorKind.Person, "russia", "Kremlin spokesperson", true, "Kremlin spokesperson Dmitry Peskov")
        .Actor("kremlin", "Kremlin", ActorKind.Organisation, "russia", "Russian leadership", true, "Kremlin")
        .Actor("volodymyr-zelensky", "Volodymyr Zelensky", ActorKind.Person, "ukraine", "President of Ukraine", true, "President Volodymyr Zelenskyy of Ukraine")
        .Actor("rustem-umerov", "Rustem Umerov", ActorKind.Person, "ukraine", "head of Ukraine’s delegation", true, "Rustem Umerov")
        .Actor("turkey", "Turkey", ActorKind.State, "turkey", "host of the talks", true, "Turkey")
        .Date("today", "2025-07-23")
        .Date("Tuesday", "2025-07-22")
        .Date("Monday", "2025-07-21")
        .Date("Wednesday", "2025-07-23")
        .Demand("turkey", "negotiations", Stance.Offers, "the host of the talks", "turkey")
        .Quote("dmitry-peskov", "There is no basis to expect any magical breakthroughs,")
        .Claim("turkey", "confirmed that timing")
        .Build();
}
