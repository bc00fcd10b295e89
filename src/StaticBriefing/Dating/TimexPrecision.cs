namespace StaticBriefing.Dating;

/// <summary>How precise a TIMEX3 date value is; decides how it is labelled and whether a mod narrows it.</summary>
public enum TimexPrecision
{
    Day,
    Week,
    Month,
    Year,
    Interval,
}
