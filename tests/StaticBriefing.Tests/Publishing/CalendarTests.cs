using System.Text;
using StaticBriefing.Publishing;
using StaticBriefing.Publishing.Calendar;
using StaticBriefing.Publishing.Timeline;

namespace StaticBriefing.Tests.Publishing;

public class CalendarTests
{
    private static string Calendar() => ICalendarFile.Create(
        TimelineEvents.From(SampleBriefs.Both, AbsoluteUrls.For(SampleBriefs.Settings)),
        new DateOnly(2025, 8, 1),
        SampleBriefs.Settings).Content;

    /// <summary>RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed.</summary>
    private static List<string> Unfold(string text) =>
        text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n").SkipLast(1).ToList();

    [Theory]
    [InlineData("a,b;c\\d\ne", @"a\,b\;c\\d\ne")]
    [InlineData("line\r\nbreak\rhere", @"line\nbreak\nhere")]
    [InlineData("bell\u0007tab\t", "belltab ")]
    public void Text_values_are_escaped(string raw, string escaped) =>
        ContentLine.EscapeText(raw).ShouldBe(escaped);

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_utf8_and_unfold_to_the_original()
    {
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("Zürich – “talks” 🕊 ", 20));
        var folded = ContentLine.Fold(line);
        var physical = folded.Split("\r\n").SkipLast(1).ToList();
        physical.Count.ShouldBeGreaterThan(5);
        physical.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        physical.Skip(1).ShouldAllBe(l => l.StartsWith(' '));
        physical.ShouldAllBe(l => !l.Any(char.IsSurrogate) || Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(l)) == l);
        Unfold(folded).ShouldBe([line]);
    }

    [Fact]
    public void Short_lines_are_not_folded() =>
        ContentLine.Fold("VERSION:2.0").ShouldBe("VERSION:2.0\r\n");

    [Fact]
    public void Calendar_uses_crlf_only_and_every_physical_line_fits_75_octets()
    {
        var text = Calendar();
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain("\r");
        text.Split("\r\n").ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        text.ShouldStartWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        text.ShouldEndWith("END:VCALENDAR\r\n");
    }

    [Fact]
    public void Events_have_stable_uids_data_derived_stamps_and_exclusive_all_day_ends()
    {
        var lines = Unfold(Calendar());
        lines.Where(l => l.StartsWith("UID:")).ShouldBe([
            "UID:2022-after@briefing.example.org",
            "UID:2025-07-23@briefing.example.org",
            "UID:2025-08-end@briefing.example.org",
        ]);
        lines.Where(l => l.StartsWith("DTSTAMP:")).Distinct().ShouldBe(["DTSTAMP:20250801T000000Z"]);
        lines.ShouldContain("DTSTART;VALUE=DATE:20250821");
        lines.ShouldContain("DTEND;VALUE=DATE:20250901");
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(3);
        lines.Count(l => l == "END:VEVENT").ShouldBe(3);
    }

    [Fact]
    public void Hostile_sentence_text_is_escaped_in_descriptions()
    {
        var description = Unfold(Calendar()).Single(l => l.StartsWith("DESCRIPTION:") && l.Contains("#s-dddddd"));
        description.ShouldContain(@"met\; Talks <script>alert(""x"")</script> & ""quotes""\, commas\; semicolons \\ ]]> end.");
        description.ShouldNotContain("\u0001");
        description.ShouldContain(@"\nhttps://briefing.example.org/briefs/001_bbbb/#s-dddddd");
    }

    [Fact]
    public void Calendar_is_deterministic() => Calendar().ShouldBe(Calendar());
}
