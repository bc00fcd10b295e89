namespace StaticBriefing.Site.Views;

/// <summary>The header navigation entry a page belongs to (marked aria-current).</summary>
public enum NavSection
{
    None,
    Home,
    Briefs,
    Actors,
    Issues,
    Timeline,
    Sources,
    About,
    Method,
}
