using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Tests.Site;

public class TimexSpanTests
{
    [Theory]
    [InlineData("2025-07-23", TimexMod.None, "2025-07-23", "23 Jul 2025")]
    [InlineData("2025-08", TimexMod.None, "2025-08-01/2025-08-31", "Aug 2025")]
    [InlineData("2025-08", TimexMod.End, "2025-08-22/2025-08-31", "22–31 Aug 2025")]
    [InlineData("2025-06", TimexMod.Start, "2025-06-01/2025-06-10", "1–10 Jun 2025")]
    [InlineData("2025-05", TimexMod.Mid, "2025-05-11/2025-05-21", "11–21 May 2025")]
    [InlineData("2025-W30", TimexMod.None, "2025-07-21/2025-07-27", "21–27 Jul 2025")]
    [InlineData("2022", TimexMod.None, "2022-01-01/2022-12-31", "2022")]
    [InlineData("2014", TimexMod.After, "2014-01-01/2014-12-31", "from 2014")]
    [InlineData("2022-08/2022-09", TimexMod.None, "2022-08-01/2022-09-30", "Aug 2022 – Sep 2022")]
    [InlineData("2025-07-21TNI", TimexMod.End, "2025-07-21", "21 Jul 2025")]
    [InlineData("2025-07-23", TimexMod.Approx, "2025-07-23", "about 23 Jul 2025")]
    public void Date_values_become_ranges_of_days(string value, TimexMod mod, string iso, string label)
    {
        var span = TimexSpan.From(value, TimexType.Date, mod).ShouldNotBeNull();

        span.Iso.ShouldBe(iso);
        span.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData("PRESENT_REF", TimexType.Date)]
    [InlineData("FUTURE_REF", TimexType.Date)]
    [InlineData("P50D", TimexType.Duration)]
    [InlineData("2025-13", TimexType.Date)]
    [InlineData("2025-02-30", TimexType.Date)]
    [InlineData("garbage", TimexType.Date)]
    [InlineData("2025-09/2025-08", TimexType.Date)]
    public void References_durations_and_bad_values_have_no_place_on_the_timeline(string value, TimexType type) =>
        TimexSpan.From(value, type, TimexMod.None).ShouldBeNull();

    [Theory]
    [InlineData("P3M", TimexType.Duration, "3 months")]
    [InlineData("PT48H", TimexType.Duration, "48 hours")]
    [InlineData("P3Y6M", TimexType.Duration, "3 years 6 months")]
    [InlineData("P1D", TimexType.Duration, "1 day")]
    [InlineData("PXM", TimexType.Duration, "months")]
    [InlineData("PRESENT_REF", TimexType.Date, "now")]
    [InlineData("2025-08", TimexType.Date, "Aug 2025")]
    [InlineData("P3Q", TimexType.Duration, "P3Q")]
    public void Side_panel_readings_put_values_in_words(string value, TimexType type, string expected) =>
        TimexReading.Describe(value, type, TimexMod.None).ShouldBe(expected);

    [Fact]
    public void Open_ranges_overlap_everything_on_their_open_side()
    {
        var since2014 = TimexSpan.From("2014", TimexType.Date, TimexMod.After)!;
        var july = TimexSpan.From("2025-07", TimexType.Date, TimexMod.None)!;
        var may = TimexSpan.From("2025-05", TimexType.Date, TimexMod.None)!;

        since2014.Overlaps(july).ShouldBeTrue();
        july.Overlaps(may).ShouldBeFalse();
    }
}
