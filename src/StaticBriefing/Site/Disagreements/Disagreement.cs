using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// Where independent sources report one thing differently. Kind is "date" or "number"; Subject
/// names the thing ("the talks", "bodies"); Reason says how they differ; each voice is one
/// sentence's version, cited. Found by heuristics, so pages call it "possible".
/// Key is stable across rebuilds and names the item's anchor on pages.
/// </summary>
public sealed record Disagreement(string Kind, string Subject, string Reason, EquatableArray<DisagreementVoice> Voices)
{
    public string Key => $"differ-{Kind}-{Urls.Slug.Of(Subject)}-{Voices[0].Citation.BriefId}-{Voices[0].Citation.Anchor}";

    public bool Involves(string briefId) => Voices.Any(voice => voice.Citation.BriefId == briefId);

    public bool Cites(string briefId, string anchor) =>
        Voices.Any(voice => voice.Citation.BriefId == briefId && voice.Citation.Anchor == anchor);
}
