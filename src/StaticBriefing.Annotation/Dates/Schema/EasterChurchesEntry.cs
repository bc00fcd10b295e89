namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>
/// Words that tell which church's Easter a plain "Easter" means ("Russia's Easter truce" is the Orthodox
/// one), and how many tokens either side of the holiday are searched for the nearest of them.
/// </summary>
public sealed class EasterChurchesEntry
{
    public required List<string> Orthodox { get; init; }

    public required List<string> Western { get; init; }

    public required int Window { get; init; }
}
