using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using StaticBriefing.Site.Indexes;
using StaticBriefing.Site.Urls;
using StaticBriefing.Site.Views;

namespace StaticBriefing.Site.Building;

/// <summary>Every page of the site with its view model, in path order.</summary>
public static class PageRequests
{
    public static IEnumerable<PageRequest> All(
        SiteIndex index, SiteTaxonomy taxonomy, IReadOnlyList<PublishedBrief> briefs, IReadOnlyList<ContentPage> pages, SiteSettings settings, string stylesheet)
    {
        var frames = new FrameFactory(settings, index, stylesheet, pages.Select(page => new LabelledId(page.Slug, page.Title)).ToEquatableArray());
        var requests = new List<PageRequest>
        {
            new(SitePaths.Home, HomeViewBuilder.Build(index, frames)),
            new(SitePaths.Briefs, new BriefListView(frames.For(SitePaths.Briefs, "Briefs", NavSection.Briefs), index.Briefs)),
            new(SitePaths.Actors, new ActorIndexView(frames.For(SitePaths.Actors, "Actors", NavSection.Actors), Groups(index))),
            new(SitePaths.Issues, new IssueIndexView(frames.For(SitePaths.Issues, "Demands and positions", NavSection.Issues), HomeViewBuilder.PositionParties(index), index.Issues)),
            new(SitePaths.Timeline, new TimelineView(frames.For(SitePaths.Timeline, "Timeline", NavSection.Timeline), index.Timeline)),
            new(SitePaths.Sources, new SourceIndexView(frames.For(SitePaths.Sources, "Sources", NavSection.Sources), index.Sources, index.Disagreements)),
            new(SitePaths.NotFound, new NotFoundView(frames.ForNotFound())),
            new(Publishing.Search.SearchView.Path, new Publishing.Search.SearchView(frames.For(Publishing.Search.SearchView.Path, "Search", NavSection.None, "Search the briefs by name or word, and filter by actor, party, issue and outlet."))),
        };
        requests.AddRange(briefs.Select(brief => new PageRequest(SitePaths.Brief(brief.Brief.Metadata.Id), BriefViewBuilder.Build(brief, index, taxonomy, frames))));
        requests.AddRange(index.Actors.Select(actor => new PageRequest(SitePaths.Actor(actor.Id), new ActorView(frames.For(SitePaths.Actor(actor.Id), actor.Name, NavSection.Actors, ActorDescription(actor)), actor))));
        requests.AddRange(index.Issues.Select(issue => new PageRequest(SitePaths.Issue(issue.Issue), new IssueView(frames.For(SitePaths.Issue(issue.Issue), issue.Label, NavSection.Issues), issue))));
        requests.AddRange(index.Sources.Select(source => new PageRequest(SitePaths.Source(source.Slug), new SourceView(frames.For(SitePaths.Source(source.Slug), source.Name, NavSection.Sources), source))));
        requests.AddRange(pages.Select(page => new PageRequest(SitePaths.Content(page.Slug), new ContentView(frames.For(SitePaths.Content(page.Slug), page.Title, SectionOf(page.Slug), page.Description), page.BodyHtml))));
        return requests.OrderBy(request => request.Path, StringComparer.Ordinal);
    }

    private static EquatableArray<ActorGroup> Groups(SiteIndex index) =>
        index.Parties
            .Select(party => new ActorGroup(
                party.Id,
                party.Label,
                index.Actors.Where(actor => actor.Party == party.Id && actor.Reviewed).ToEquatableArray(),
                index.Actors.Where(actor => actor.Party == party.Id && !actor.Reviewed).ToEquatableArray()))
            .Where(group => group.Reviewed.Count + group.Unreviewed.Count > 0)
            .ToEquatableArray();

    private static string ActorDescription(ActorProfile actor) =>
        actor.Role.Length > 0 ? $"{actor.Name}: {actor.Role}" : actor.Name;

    private static NavSection SectionOf(string slug) => slug switch
    {
        "about" => NavSection.About,
        "method" => NavSection.Method,
        _ => NavSection.None,
    };
}
