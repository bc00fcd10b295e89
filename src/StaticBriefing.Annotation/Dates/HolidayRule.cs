namespace StaticBriefing.Annotation.Dates;

/// <summary>How a named day falls in a given year: a fixed date, the nth weekday of a month, or Easter plus an offset.</summary>
internal sealed record HolidayRule(int Month, int Day, int Weekday, int Nth, EasterKind Easter, int Offset)
{
    /// <summary>For a name several countries share ("Independence Day"): each owner's rule; the context picks one before <see cref="On"/>.</summary>
    public IReadOnlyList<HolidayOwner>? Owners { get; init; }

    public DateOnly On(int year) => Easter switch
    {
        EasterKind.Western or EasterKind.ByContext => Computus.Western(year).AddDays(Offset),
        EasterKind.Orthodox => Computus.Orthodox(year).AddDays(Offset),
        _ when Weekday > 0 => NthWeekday(year),
        _ => new DateOnly(year, Month, Day),
    };

    /// <summary>"The fourth Thursday of November"; a negative nth counts from the month's end ("the last Monday of May").</summary>
    private DateOnly NthWeekday(int year)
    {
        var target = Weekday % 7; // ISO 7 (Sunday) is DayOfWeek 0
        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            return first.AddDays(((target - (int)first.DayOfWeek + 7) % 7) + (7 * (Nth - 1)));
        }
        var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
        return last.AddDays(-(((int)last.DayOfWeek - target + 7) % 7) + (7 * (Nth + 1)));
    }
}
