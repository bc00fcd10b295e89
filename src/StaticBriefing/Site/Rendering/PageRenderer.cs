using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StaticBriefing.Site.Views;
using StaticBriefing.Theme;

namespace StaticBriefing.Site.Rendering;

/// <summary>
/// Renders a page view model to static HTML with the theme's Razor components (compiled at build
/// time) and ASP.NET Core's HtmlRenderer. One component per view-model type.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private static readonly Dictionary<Type, Type> Components = new()
    {
        [typeof(HomeView)] = typeof(HomePage),
        [typeof(BriefListView)] = typeof(BriefListPage),
        [typeof(BriefView)] = typeof(BriefPage),
        [typeof(ActorIndexView)] = typeof(ActorIndexPage),
        [typeof(ActorView)] = typeof(ActorPage),
        [typeof(IssueIndexView)] = typeof(IssueIndexPage),
        [typeof(IssueView)] = typeof(IssuePage),
        [typeof(TimelineView)] = typeof(TimelinePage),
        [typeof(SourceIndexView)] = typeof(SourceIndexPage),
        [typeof(SourceView)] = typeof(SourcePage),
        [typeof(ContentView)] = typeof(EditorialPage),
        [typeof(NotFoundView)] = typeof(NotFoundPage),
        [typeof(Publishing.Search.SearchView)] = typeof(Theme.Search.SearchPage),
    };

    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public PageRenderer()
    {
        // Escape only what HTML needs (<, >, &, quotes); keep letters such as "ç" or "—" readable.
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
    }

    public async Task<string> RenderAsync(PageView view)
    {
        if (!Components.TryGetValue(view.GetType(), out var component))
        {
            throw new InvalidOperationException($"no theme component renders {view.GetType().Name}");
        }
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = view });
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters);
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html.Trim() + "\n";
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
