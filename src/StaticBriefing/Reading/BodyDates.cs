using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// The body's dates read against two probe dates, computed once and only when a rule needs them.
/// A relative expression moves with the probe; an absolute one does not. The probes' year is
/// arbitrary: only differences and explicitly written years are used.
/// </summary>
public sealed class BodyDates(DateProbe dates, string body)
{
    public static readonly ReferenceDate EarlyProbe = new(2001, 3, 10);
    public static readonly ReferenceDate LateProbe = new(2001, 9, 20);

    private EquatableArray<DateAnnotation>? early;
    private EquatableArray<DateAnnotation>? late;

    public string Body { get; } = body;

    public EquatableArray<DateAnnotation> Early => early ??= dates.Find(Body, EarlyProbe);

    public EquatableArray<DateAnnotation> Late => late ??= dates.Find(Body, LateProbe);
}
