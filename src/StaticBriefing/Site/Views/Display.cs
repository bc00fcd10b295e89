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

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
