using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Publishing.Citations;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// Builds /api/disagreements.json from the disagreements the Indexes pipeline found (dates in date
/// order, then figures), citing each version the way the rest of the API does.
/// </summary>
public static class DisagreementsApi
{
    public const string Path = "api/disagreements.json";

    public static PublishedFile Create(IEnumerable<Disagreement> disagreements, IEnumerable<Brief> briefs, PublishSettings settings) =>
        ApiJson.File(Path, new DisagreementsDocument(ApiJson.Version, settings.BaseUrl, Items(disagreements, briefs, AbsoluteUrls.For(settings))));

    public static EquatableArray<DisagreementItem> Items(IEnumerable<Disagreement> disagreements, IEnumerable<Brief> briefs, AbsoluteUrls urls)
    {
        var byId = briefs.ToDictionary(brief => brief.Metadata.Id, StringComparer.Ordinal);
        var citations = new CitationFactory(urls);
        return disagreements.Select(disagreement => new DisagreementItem(
                disagreement.Key,
                disagreement.Kind,
                disagreement.Subject,
                disagreement.Reason,
                urls.Page("sources/") + "#" + Uri.EscapeDataString(disagreement.Key),
                disagreement.Voices.Select(voice => new DisagreementVoiceItem(
                    voice.Value,
                    voice.Words,
                    voice.SourceKey,
                    voice.Citation.Outlet,
                    voice.Days?.Start,
                    voice.Days?.End,
                    byId.TryGetValue(voice.Citation.BriefId, out var brief)
                        ? citations.Cite(brief, voice.Citation.Anchor)
                        : new Citation(voice.Citation.BriefId, voice.Citation.Anchor, urls.Sentence(voice.Citation.BriefId, voice.Citation.Anchor), ""))).ToEquatableArray()))
            .ToEquatableArray();
    }
}
