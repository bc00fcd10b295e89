using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Content;

/// <summary>
/// The site's taxonomy from input/: issue labels and order from input/issues.yml. Parties get
/// their order and labels from the briefs until a parties file is wired in.
/// </summary>
public static class TaxonomyReader
{
    public static SiteTaxonomy Read(string root)
    {
        var issues = Path.Combine(root, "input/issues.yml");
        var stances = Path.Combine(root, "input/stances.yml");
        if (!File.Exists(issues))
        {
            return SiteTaxonomy.Empty;
        }
        var lexicon = DemandLexicon.Parse(
            new DataFile("input/issues.yml", File.ReadAllText(issues)),
            new DataFile("input/stances.yml", File.Exists(stances) ? File.ReadAllText(stances) : ""));
        return new SiteTaxonomy(
            EquatableArray<LabelledId>.Empty,
            lexicon.Issues.Select(issue => new LabelledId(issue.Id, issue.Label)).ToEquatableArray());
    }
}
