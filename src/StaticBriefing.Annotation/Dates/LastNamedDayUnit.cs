namespace StaticBriefing.Annotation.Dates;

/// <summary>The unit of a <see cref="LastNamedDayShift"/>: the value is a day, an ISO week or a month.</summary>
internal enum LastNamedDayUnit
{
    Day,
    Week,
    Month,
}
