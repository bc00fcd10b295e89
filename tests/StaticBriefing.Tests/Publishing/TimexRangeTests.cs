using StaticBriefing.Annotation.Model;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Tests.Publishing;

public class TimexRangeTests
{
    [Theory]
    [InlineData("2025-07-23", TimexMod.None, "2025-07-23", "2025-07-23", "23 July 2025")]
    [InlineData("2025-07-21TNI", TimexMod.None, "2025-07-21", "2025-07-21", "21 July 2025")]
    [InlineData("2025-08", TimexMod.None, "2025-08-01", "2025-08-31", "August 2025")]
    [InlineData("2025-08", TimexMod.End, "2025-08-21", "2025-08-31", "late August 2025")]
    [InlineData("2025-06", TimexMod.Start, "2025-06-01", "2025-06-10", "early June 2025")]
    [InlineData("2025-05", TimexMod.Mid, "2025-05-11", "2025-05-20", "mid-May 2025")]
    [InlineData("2025-W30", TimexMod.None, "2025-07-21", "2025-07-27", "week 30 of 2025")]
    [InlineData("2020-W53", TimexMod.None, "2020-12-28", "2021-01-03", "week 53 of 2020")]
    [InlineData("2014", TimexMod.After, "2014-01-01", "2014-12-31", "after 2014")]
    [InlineData("2025-06", TimexMod.Approx, "2025-06-01", "2025-06-30", "about June 2025")]
    [InlineData("2025-07-23", TimexMod.End, "2025-07-23", "2025-07-23", "23 July 2025")]
    [InlineData("2022-08/2022-09", TimexMod.None, "2022-08-01", "2022-09-30", "1 August – 30 September 2022")]
    public void Date_values_become_day_ranges_and_labels(string value, TimexMod mod, string start, string end, string label)
    {
        var date = TimexDate.TryCreate(value, mod).ShouldNotBeNull();
        date.Range.ShouldBe(new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)));
        date.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData("P3Y6M")]
    [InlineData("PT48H")]
    [InlineData("PRESENT_REF")]
    [InlineData("FUTURE_REF")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-W54")]
    [InlineData("2025-09/2025-08")]
    [InlineData("25-07-23")]
    [InlineData("2025-7-3")]
    [InlineData("")]
    public void Values_that_name_no_calendar_days_are_not_placed(string value) =>
        TimexDate.TryCreate(value, TimexMod.None).ShouldBeNull();

    [Theory]
    [InlineData("2025-08-21", "2025-08-31", "21–31 August 2025")]
    [InlineData("2025-06-30", "2025-07-06", "30 June – 6 July 2025")]
    [InlineData("2024-12-30", "2025-01-05", "30 December 2024 – 5 January 2025")]
    public void Ranges_are_written_compactly(string start, string end, string expected) =>
        new DateRange(DateOnly.Parse(start), DateOnly.Parse(end)).Format().ShouldBe(expected);

    [Fact]
    public void Parsing_a_huge_value_is_quick_and_fails_cleanly() =>
        TimexDate.TryCreate(new string('9', 1_000_000) + "-" + new string('/', 1000), TimexMod.None).ShouldBeNull();
}
