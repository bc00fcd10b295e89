using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs;
using StaticBriefing.Briefs.Parsing;
using StaticBriefing.Briefs.Writing;
using StaticBriefing.Editorial;
using StaticBriefing.Publishing;
using StaticBriefing.Reading;

namespace StaticBriefing.Tests.Publishing;

/// <summary>The publishing outputs over the five real seeds, through the real reader, annotator, writer and parser.</summary>
public class SeedPublishingTests
{
    private static readonly Lazy<IReadOnlyList<Brief>> Briefs = new(() =>
    {
        var root = RepositoryPaths.Root;
        var knowledge = KnowledgeLoader.Load(root);
        var annotator = new Annotator(knowledge);
        var reader = SeedReader.Load(root, knowledge.Temporal);
        var vocabulary = BriefVocabulary.From(knowledge);
        return Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var article = reader.ReadFile(path, Path.GetRelativePath(root, path));
            var annotated = annotator.Annotate(article.Text, article.Published ?? new Annotation.Model.ReferenceDate(2025));
            var markdown = BriefWriter.Write(article, annotated, knowledge.Actors);
            return BriefParser.Parse(new DataFile(article.Id + ".md", markdown), vocabulary, article.Id);
        }).ToList();
    });

    // The disagreements as the Indexes pipeline finds them, with the repository's input/disagreements.yml.
    private static readonly Lazy<IReadOnlyList<StaticBriefing.Site.Disagreements.Disagreement>> Disagreements = new(() =>
        StaticBriefing.Site.Indexes.SiteIndexBuilder.Build(Briefs.Value, Site.SiteFixture.Taxonomy).Disagreements);

    private static IReadOnlyList<PublishedFile> Files() =>
        PublishingFiles.Create(Briefs.Value, SampleBriefs.Settings, PublishTaxonomy.Empty, ["index.html", "briefs/index.html"], Disagreements.Value).ToList();

    [Fact]
    public void Every_file_parses_and_the_feed_lists_all_five_briefs()
    {
        var files = Files().ToDictionary(f => f.Path);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XDocument.Parse(files["feed.xml"].Content).Root!.Elements(atom + "entry").Count().ShouldBe(5);
        XDocument.Parse(files["sitemap.xml"].Content);
        XDocument.Parse(files["dates/timeline.svg"].Content);
        foreach (var json in files.Values.Where(f => f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            JsonDocument.Parse(json.Content).RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        }
        files["dates/timeline.ics"].Content.Split("\r\n").ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
    }

    [Fact]
    public void Every_citation_in_the_data_points_at_a_sentence_of_its_brief()
    {
        var anchors = Briefs.Value.ToDictionary(b => b.Metadata.Id, b => b.Sentences.Select(s => s.Anchor).ToHashSet());
        var citations = 0;
        foreach (var file in Files().Where(f => f.Path.StartsWith("api/", StringComparison.Ordinal)))
        {
            foreach (var match in System.Text.RegularExpressions.Regex.Matches(file.Content, @"""url"": ""https://briefing\.example\.org/briefs/([^/]+)/#(s-[a-z2-7-]+)""", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Cast<System.Text.RegularExpressions.Match>())
            {
                anchors[match.Groups[1].Value].ShouldContain(match.Groups[2].Value);
                citations++;
            }
        }
        citations.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Some_date_is_reported_by_more_than_one_outlet_and_output_is_reproducible()
    {
        var events = StaticBriefing.Publishing.Timeline.TimelineEvents.From(Briefs.Value, AbsoluteUrls.For(SampleBriefs.Settings));
        events.ShouldContain(e => e.Sources.Select(s => s.Citation.BriefId).Distinct().Count() > 1);
        Files().ShouldBe(Files());
    }
}
