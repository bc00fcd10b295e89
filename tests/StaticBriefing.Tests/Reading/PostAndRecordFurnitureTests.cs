namespace StaticBriefing.Tests.Reading;

/// <summary>
/// Furniture of digests, official records and briefings, each set between two paragraphs of an
/// invented page: it goes, the paragraphs stay.
/// </summary>
public class PostAndRecordFurnitureTests
{
    private const string Body = "The fisheries minister said on Tuesday that the quota talks with Chile would resume in Oslo next month.";
    private const string Second = "Chile's delegation said it would bring a new proposal on the southern fleet to the next round.";

    private static string Page(string furniture) =>
        $"Norwegian Quota Talks Resume in Oslo Next Month\n\n{Body}\n{furniture}\n{Second}\n";

    [Theory]
    [InlineData("👁 57K")]
    [InlineData("3.4K views")]
    [InlineData("⚠ Storm alert: Nordland and Troms coasts")]
    [InlineData("🟠 Storm alert: Finnmark coast")]
    [InlineData("View all fisheries statements")]
    [InlineData("Watch Storting TV")]
    [InlineData("Includes public sector information licensed under the Open Data Licence v2.0.")]
    [InlineData("Was this statement useful? Yes | No")]
    [InlineData("Estimated reading time: 4 minutes")]
    [InlineData("(The press conference was concluded at 11:52 a.m.)")]
    [InlineData("(With inputs from agencies)")]
    [InlineData("Also Read | Salmon exporters count the cost of the new tariff")]
    [InlineData("Download as PDF")]
    [InlineData("Statements translated from Norwegian and Spanish by the Fjord desk.")]
    [InlineData("Follow the talks on our channel →")]
    [InlineData("The Press Office maintains this site for the Ministry of Fisheries.")]
    public void A_furniture_line_goes_and_the_paragraphs_stay(string furniture)
    {
        var body = Readers.Read(Page(furniture)).Body;
        body.ShouldNotContain(furniture);
        body.ShouldContain(Body);
        body.ShouldContain(Second);
    }

    [Theory]
    [InlineData("Read more digests\nWhat the ministers said: the quota row, day by day")]
    [InlineData("Previous statement\nSalmon Tariffs: Exporters' Costs\nNext statement\nCoastal Ferries: Winter Timetable")]
    [InlineData("TAGS\nPress Office of the Ministry\nAquaculture")]
    public void A_listing_heading_takes_the_short_lines_under_it(string furniture)
    {
        var body = Readers.Read(Page(furniture)).Body;
        foreach (var line in furniture.Split('\n'))
        {
            body.ShouldNotContain(line);
        }
        body.ShouldContain(Second);
    }
}
