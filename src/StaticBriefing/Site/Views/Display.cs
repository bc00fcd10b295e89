using System.Globalization;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Views;

/// <summary>Small wording helpers for templates, in the invariant culture.</summary>
public static class Display
{
    /// <summary>"22 July 2025", "August 2025" or "2025", as precise as the source allows.</summary>
    public static string Date(ReferenceDate date) => date switch
    {
        { Month: null } => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        { Day: null } => date.Anchor.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Anchor.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Stance(Stance stance) => stance.ToString().ToLowerInvariant();

    public static string Kind(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>"rejects (1 statement)", "mostly demands (demands 3, rejects 1)", "mixed (demands 1, rejects 1)".</summary>
    public static string Stances(Indexes.PartyPosition position)
    {
        if (position.Stances is [var only])
        {
            return $"{Stance(only.Stance)} ({Count(only.Count, "statement", "statements")})";
        }
        var counts = string.Join(", ", position.Stances.Select(count => $"{Stance(count.Stance)} {Number(count.Count)}"));
        return position.Prevailing is { } prevailing ? $"mostly {Stance(prevailing)} ({counts})" : $"mixed ({counts})";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
