using StaticBriefing.Annotation.Model;
using StaticBriefing.Dating;

namespace StaticBriefing.Tests.Dating;

/// <summary>The one reading of TIMEX values, shared by pages, feeds, the calendar and the API.</summary>
public class TimexDateTests
{
    [Theory]
    [InlineData("2025-07-23", TimexMod.None, "2025-07-23", "23 Jul 2025", TimexPrecision.Day)]
    [InlineData("2025-07-21TNI", TimexMod.End, "2025-07-21", "21 Jul 2025", TimexPrecision.Day)]
    [InlineData("2025-08", TimexMod.None, "2025-08-01/2025-08-31", "Aug 2025", TimexPrecision.Month)]
    [InlineData("2025-08", TimexMod.End, "2025-08-21/2025-08-31", "21–31 Aug 2025", TimexPrecision.Month)]
    [InlineData("2025-06", TimexMod.Start, "2025-06-01/2025-06-10", "1–10 Jun 2025", TimexPrecision.Month)]
    [InlineData("2025-05", TimexMod.Mid, "2025-05-11/2025-05-20", "11–20 May 2025", TimexPrecision.Month)]
    [InlineData("2025-W30", TimexMod.None, "2025-07-21/2025-07-27", "21–27 Jul 2025", TimexPrecision.Week)]
    [InlineData("2020-W53", TimexMod.None, "2020-12-28/2021-01-03", "28 Dec 2020 – 3 Jan 2021", TimexPrecision.Week)]
    [InlineData("2022", TimexMod.None, "2022-01-01/2022-12-31", "2022", TimexPrecision.Year)]
    [InlineData("2014", TimexMod.After, "2014-01-01/2014-12-31", "from 2014", TimexPrecision.Year)]
    [InlineData("2025-06", TimexMod.Before, "2025-06-01/2025-06-30", "before Jun 2025", TimexPrecision.Month)]
    [InlineData("2025-07-23", TimexMod.Approx, "2025-07-23", "about 23 Jul 2025", TimexPrecision.Day)]
    [InlineData("2022-08/2022-09", TimexMod.None, "2022-08-01/2022-09-30", "Aug 2022 – Sep 2022", TimexPrecision.Interval)]
    public void Date_values_become_ranges_of_days_with_one_label_style(string value, TimexMod mod, string iso, string label, TimexPrecision precision)
    {
        var date = TimexDate.Read(value, TimexType.Date, mod).ShouldNotBeNull();

        date.Span.Iso.ShouldBe(iso);
        date.Label.ShouldBe(label);
        date.Precision.ShouldBe(precision);
        date.IsFuzzy.ShouldBe(precision != TimexPrecision.Day);
    }

    [Theory]
    [InlineData("PRESENT_REF", TimexType.Date)]
    [InlineData("FUTURE_REF", TimexType.Date)]
    [InlineData("P50D", TimexType.Duration)]
    [InlineData("2025-07-23", TimexType.Duration)]
    [InlineData("2025-13", TimexType.Date)]
    [InlineData("2025-02-30", TimexType.Date)]
    [InlineData("2025-W54", TimexType.Date)]
    [InlineData("2025-09/2025-08", TimexType.Date)]
    [InlineData("25-07-23", TimexType.Date)]
    [InlineData("2025-7-3", TimexType.Date)]
    [InlineData("garbage", TimexType.Date)]
    [InlineData("", TimexType.Date)]
    public void References_durations_and_bad_values_have_no_place_on_a_calendar(string value, TimexType type) =>
        TimexDate.Read(value, type, TimexMod.None).ShouldBeNull();

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
        var since2014 = TimexDate.Read("2014", TimexType.Date, TimexMod.After)!.Span;
        var july = TimexDate.Read("2025-07", TimexType.Date, TimexMod.None)!.Span;
        var may = TimexDate.Read("2025-05", TimexType.Date, TimexMod.None)!.Span;

        since2014.Overlaps(july).ShouldBeTrue();
        july.Overlaps(may).ShouldBeFalse();
    }

    [Fact]
    public void Parsing_a_huge_value_is_quick_and_fails_cleanly() =>
        TimexDate.Read(new string('9', 1_000_000) + "-" + new string('/', 1000), TimexType.Date, TimexMod.None).ShouldBeNull();
}
