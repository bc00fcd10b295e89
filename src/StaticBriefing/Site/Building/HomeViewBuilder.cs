using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;
using StaticBriefing.Site.Views;

namespace StaticBriefing.Site.Building;

/// <summary>
/// The home page. "Now" is the newest brief's publication day, never the clock, so the page is
/// the same whenever it is built. Key dates are days or short ranges, not whole years.
/// </summary>
public static class HomeViewBuilder
{
    private const int KeyDates = 5;
    private const int LongestKeyDateInDays = 31;
    private const int ActiveActors = 8;
    private const int LatestBriefs = 5;

    /// <summary>The parties that take a position on some issue: the columns of the positions matrix.</summary>
    public static EquatableArray<LabelledId> PositionParties(SiteIndex index) =>
        index.Parties.Where(party => index.Issues.Any(issue => issue.For(party.Id) is not null)).ToEquatableArray();

    public static HomeView Build(SiteIndex index, FrameFactory frames)
    {
        var keyDates = index.Timeline
            .Where(row => !row.When.OpenBefore && !row.When.OpenAfter && row.When.End.DayNumber - row.When.Start.DayNumber < LongestKeyDateInDays)
            .ToList();
        var now = index.Newest?.Anchor;
        var ahead = now is null ? [] : keyDates.Where(row => row.When.Start > now).Take(KeyDates);
        var past = now is null ? [] : keyDates.Where(row => row.When.Start <= now).OrderByDescending(row => row.When.End).ThenByDescending(row => row.When.Start).Take(KeyDates);
        var active = index.Actors
            .Where(actor => actor.Mentions.Count > 0)
            .OrderByDescending(actor => actor.Mentions.Count)
            .ThenBy(actor => actor.Name, StringComparer.Ordinal)
            .Take(ActiveActors)
            .Select(actor => new ActorLink(actor.Id, actor.Name, actor.Party, actor.Mentions.Count));
        return new HomeView(
            frames.For(SitePaths.Home, "Home", NavSection.Home),
            PositionParties(index),
            index.Issues,
            index.Newest,
            ahead.ToEquatableArray(),
            past.ToEquatableArray(),
            active.ToEquatableArray(),
            index.Briefs.Take(LatestBriefs).ToEquatableArray());
    }
}
