using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator with the repository's knowledge on an invented official page: when the page's
/// publisher is itself a listed actor and not a news organisation, its unattributed statements
/// ("… are essential", "There can be no …") are that actor's positions.
/// </summary>
public class PublisherVoiceTests
{
    private const string Page = "The leaders met in Brussels on Thursday.\n\nRobust security guarantees for Ukraine are essential.\n\nThere can be no limits on the size of the armed forces of Ukraine, Kyiv said.";
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void An_official_body_s_page_speaks_in_its_own_voice_unless_a_sentence_says_who_speaks()
    {
        Positions("European Council").ShouldBe([
            "1: eu demands security-guarantees (security guarantees)",
            "2: ukraine rejects army-size-cap (limits on the size of the armed forces)",
        ]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("The Daily Planet")]
    [InlineData("TASS")]
    public void A_newspaper_a_news_agency_or_an_unknown_publisher_lends_no_voice(string? publisher)
    {
        Positions(publisher).ShouldBe(["2: ukraine rejects army-size-cap (limits on the size of the armed forces)"]);
    }

    [Theory]
    [InlineData("European Council", "european-council")]
    [InlineData(" European Council ", "european-council")]
    [InlineData("TASS", null)]
    [InlineData("Council news", null)]
    [InlineData("", null)]
    public void The_publisher_is_the_listed_actor_its_whole_name_names(string name, string? id)
    {
        new Annotation.Actors.ActorRecognizer(KnowledgeLoader.Load(RepositoryPaths.Root).Actors).Publisher(name)?.Id.ShouldBe(id);
    }

    private static List<string> Positions(string? publisher)
    {
        var annotated = Annotator.Value.Annotate(Page, new ReferenceDate(2026, 3, 19), publisher);
        return annotated.Demands
            .Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue} ({Page[d.Start..d.End]})")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
