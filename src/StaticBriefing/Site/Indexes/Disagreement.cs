namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Two sources that seem to report the same thing differently: Kind is "date" or "number";
/// the values are what each side says. Found by sentence similarity, so shown as "possible".
/// </summary>
public sealed record Disagreement(string Kind, Citation First, string FirstValue, Citation Second, string SecondValue)
{
    public bool Involves(string briefId) => First.BriefId == briefId || Second.BriefId == briefId;
}
