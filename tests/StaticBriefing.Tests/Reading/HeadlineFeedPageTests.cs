namespace StaticBriefing.Tests.Reading;

/// <summary>
/// An invented markets site's live headline feed: a price ticker, refresh and counter lines, a
/// labelled sponsor line, a "load earlier" button and an investment-advice disclaimer around
/// time-stamped headlines.
/// </summary>
public class HeadlineFeedPageTests
{
    private const string Title = "Live headlines: Northwind grain talks and market reaction";
    private const string Flash = "14:05  *HOLM: NORTHWIND READY TO CUT EXPORT QUOTA TO NINE MILLION TONNES";
    private const string Update = "13:40  Wheat futures fall 2.1% as traders price a higher chance of a deal by the summer.";

    private static string Page() =>
        "Skip to headlines\nQuoteline\nMarkets in real time\nMarkets | Macro | FX | Rates\nLog in | Start free trial\n"
        + "WHEAT 231.50 -2.1% | CORN 180.20 +0.4% | EUR/NOK 11.42 +0.3% | USD/NWK 88.60 +1.1% | NORTHWIND 2031 88.5 +1.2\n"
        + "Headlines › Europe › Grain\n"
        + $"{Title}\nTuesday, 16 March 2027\nAuto-refresh ON · All times GMT\n{Flash}\n{Update}\n"
        + "Sponsored · Hedge your grain exposure with Quoteline Alerts\nShowing 24 headlines for Tuesday, 16 March 2027\n"
        + "Load earlier headlines\nHeadlines are provided for information only and do not constitute investment advice.\n";

    [Fact]
    public void The_ticker_refresh_counter_sponsor_button_and_disclaimer_are_not_text()
    {
        var body = Readers.Read(Page()).Body;
        foreach (var furniture in new[] { "WHEAT 231.50", "Auto-refresh", "Sponsored", "Showing 24", "Load earlier", "investment advice" })
        {
            body.ShouldNotContain(furniture);
        }
        body.ShouldContain("NINE MILLION TONNES");
        body.ShouldContain("Wheat futures fall");
    }

    [Fact]
    public void The_ticker_is_not_the_title()
    {
        Readers.Read(Page()).Title.ShouldBe(Title);
    }
}
