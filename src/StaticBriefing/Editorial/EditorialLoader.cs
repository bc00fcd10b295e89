using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;

namespace StaticBriefing.Editorial;

/// <summary>
/// Loads input/: site.yml, pages/*.md, and the knowledge files through <see cref="KnowledgeLoader"/>
/// (actors and issues are parsed once, by their lexicons, and reused for brief validation).
/// </summary>
public static class EditorialLoader
{
    public const string SiteFile = "input/site.yml";

    public static EditorialData Load(string root)
    {
        var sitePath = Path.Combine(root, SiteFile);
        if (!File.Exists(sitePath))
        {
            throw new DataFileException(SiteFile, null, null, "file not found");
        }
        var site = SiteSettingsLoader.Parse(new DataFile(SiteFile, File.ReadAllText(sitePath)));
        var knowledge = KnowledgeLoader.Load(root);
        return new EditorialData(site, PageLoader.LoadAll(root), knowledge, BriefVocabulary.From(knowledge));
    }
}
