using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>
/// The whole annotator with the repository's knowledge on an invented readout that names two presidents:
/// the capitalised "The President" and "The Head of State" are taken up only when the page's publisher is
/// a body of one of their countries, and then they are that country's president. An institution noun
/// with no country cue in reach ("the administration") is likewise the publisher's country's, and so are
/// the speakers on a national body's record of speeches.
/// </summary>
public class HomeCountryTests
{
    private const string Readout = "President of the United States Donald Trump met President of Ukraine Volodymyr Zelensky on Wednesday.\n\n"
        + "The President thanked the American leader for the talks.\n\nThe Head of State also spoke about air defence.";

    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Theory]
    [InlineData("Office of the President of Ukraine", "volodymyr-zelensky")]
    [InlineData("U.S. State Department", "donald-trump")]
    public void On_a_body_s_own_page_the_capitalised_title_is_its_country_s_holder(string publisher, string holder)
    {
        MentionsOf(publisher, "The President", "The Head of State").ShouldBe([holder, holder]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("The Daily Planet")]
    public void Elsewhere_two_presidents_leave_the_capitalised_title_to_no_one(string? publisher)
    {
        MentionsOf(publisher, "The President", "The Head of State").ShouldBe([null, null]);
    }

    private const string Briefing = "QUESTION: Vantreck says the talks are over. Is the administration still open to a meeting?";

    [Theory]
    [InlineData("U.S. State Department", "trump-administration")]
    [InlineData("The Daily Planet", null)]
    public void An_institution_noun_with_no_cue_in_reach_is_the_publisher_s_country_s_on_its_own_page(string publisher, string? institution)
    {
        MentionsIn(Briefing, publisher, "the administration").ShouldBe([institution]);
    }

    private const string Record = "Dame Vera Quillon (Northwind East) (Con)\n\nWe support the sanctions announced yesterday.\n\n"
        + "Tom Vantreck (Harbourstone) (Lab)\n\nWe reject any cap on the size of Ukraine's armed forces.";

    [Theory]
    [InlineData("Hansard", "other")]
    [InlineData("The Daily Planet", "none")]
    public void Speakers_on_a_national_body_s_record_belong_to_its_country(string publisher, string party)
    {
        var annotated = Annotator.Value.Annotate(Record, new ReferenceDate(2026, 2, 24), publisher);
        annotated.Actors.Where(actor => actor.Id is "vera-quillon" or "tom-vantreck").Select(actor => actor.Party).ShouldBe([party, party]);
    }

    private static List<string?> MentionsOf(string? publisher, params string[] phrases) => MentionsIn(Readout, publisher, phrases);

    private static List<string?> MentionsIn(string text, string? publisher, params string[] phrases)
    {
        var annotated = Annotator.Value.Annotate(text, new ReferenceDate(2025, 6, 25), publisher);
        return [.. phrases.Select(phrase =>
        {
            var start = text.IndexOf(phrase, StringComparison.Ordinal);
            return annotated.Actors.FirstOrDefault(actor => actor.Mentions.Any(m => m.Start == start && m.End == start + phrase.Length))?.Id;
        })];
    }
}
