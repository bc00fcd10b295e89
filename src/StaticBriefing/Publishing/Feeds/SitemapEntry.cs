namespace StaticBriefing.Publishing.Feeds;

/// <summary>A page of the sitemap: its absolute URL and, when known, the day it last changed.</summary>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);
