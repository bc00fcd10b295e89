using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Building;

/// <summary>
/// Marks, in a brief's body, each sentence that takes part in a possible disagreement with other
/// sources: a short "sources differ" link just before the sentence, to the list in the side panel.
/// The body HTML comes from the brief renderer, whose sentence spans open as
/// <c>&lt;span class="s" id="s-…"&gt;</c>; anchors are unique, so each mark lands once.
/// </summary>
public static class DisagreementMarks
{
    public const string ListId = "side-differences";

    public static string Add(string bodyHtml, string briefId, EquatableArray<Disagreement> disagreements)
    {
        var anchors = disagreements
            .SelectMany(disagreement => disagreement.Voices)
            .Where(voice => voice.Citation.BriefId == briefId)
            .Select(voice => voice.Citation.Anchor)
            .Distinct(StringComparer.Ordinal);
        foreach (var anchor in anchors)
        {
            var opening = $"<span class=\"s\" id=\"{anchor}\">";
            bodyHtml = bodyHtml.Replace(
                opening,
                $"<a class=\"differs\" href=\"#{ListId}\">sources differ</a> <span class=\"s s-differs\" id=\"{anchor}\">",
                StringComparison.Ordinal);
        }
        return bodyHtml;
    }
}
