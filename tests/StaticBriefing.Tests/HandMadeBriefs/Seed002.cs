using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>Hand-made brief of seeds/002: an unreviewed actor, a quote, a disputed date.</summary>
internal static class Seed002
{
    public static Brief Brief { get; } = new BriefBuilder("002_e354e611adafdd87", "Ukraine and Russia Set for Another Round of Talks in Istanbul — But Hopes Remain Low")
        .By(null, null)
        .Published("2025-07-23", "dateline: ISTANBUL, July 23")
        .Paragraph(
            "Ukrainian President Volodymyr Zelensky announced that the meeting is scheduled for Wednesday, although Russian and Turkish sources have offered conflicting dates, suggesting it may occur between July 23 and 24 at the Çırağan Palace in Istanbul.")
        .Paragraph(
            "Zelensky emphasized Ukraine’s goals remain unchanged: “We are ready to work as productively as possible to secure the release of our captives and abducted children, to stop the killings, and to prepare a meeting between the leaders to truly end this war.”")
        .Paragraph(
            "BBC correspondent Elizaveta Fokht notes that since the last round of negotiations in early June, little has changed on the battlefield — but the geopolitical context has shifted.",
            "U.S. President Donald Trump has taken a harder line against the Kremlin, reportedly issuing a 50-day ultimatum to Putin for a ceasefire, threatening harsh new sanctions and military aid to Ukraine if talks fail.")
        .Actor("volodymyr-zelensky", "Volodymyr Zelensky", ActorKind.Person, "ukraine", "President of Ukraine", true, "Ukrainian President Volodymyr Zelensky", "Zelensky")
        .Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party to the talks", true, "Ukraine")
        .Actor("elizaveta-fokht", "Elizaveta Fokht", ActorKind.Person, "none", "BBC correspondent", false, "Elizaveta Fokht")
        .Actor("donald-trump", "Donald Trump", ActorKind.Person, "usa", "U.S. President", true, "U.S. President Donald Trump")
        .Actor("kremlin", "Kremlin", ActorKind.Organisation, "russia", "Russian leadership", true, "Kremlin")
        .Actor("vladimir-putin", "Vladimir Putin", ActorKind.Person, "russia", "Russian President", true, "Putin")
        .Date("Wednesday", "2025-07-23")
        .Date("July 23", "2025-07-23")
        .Date("24", "2025-07-24")
        .Date("early June", "2025-06", TimexMod.Start)
        .Demand("ukraine", "prisoner-exchange", Stance.Demands, "the release of our captives", "volodymyr-zelensky")
        .Demand("ukraine", "ceasefire", Stance.Demands, "to stop the killings", "volodymyr-zelensky")
        .Demand("ukraine", "leaders-meeting", Stance.Proposes, "to prepare a meeting between the leaders", "volodymyr-zelensky")
        .Demand("usa", "ceasefire", Stance.Demands, "a 50-day ultimatum to Putin for a ceasefire", "donald-trump")
        .Demand("usa", "sanctions", Stance.Proposes, "threatening harsh new sanctions", "donald-trump")
        .Quote("volodymyr-zelensky", "We are ready to work as productively as possible to secure the release of our captives and abducted children, to stop the killings, and to prepare a meeting between the leaders to truly end this war.")
        .Claim("volodymyr-zelensky", "the meeting is scheduled for Wednesday", "russia")
        .Build();
}
