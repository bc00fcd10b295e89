namespace StaticBriefing.Site.Views;

/// <summary>A page's view model: the one parameter of a page component, compared by value for memoising.</summary>
public abstract record PageView(PageFrame Frame);
