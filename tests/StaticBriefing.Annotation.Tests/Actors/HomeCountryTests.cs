using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>
/// The whole annotator with the repository's knowledge on an invented readout that names two presidents:
/// the capitalised "The President" and "The Head of State" are taken up only when the page's publisher is
/// a body of one of their countries, and then they are that country's president.
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

    private static List<string?> MentionsOf(string? publisher, params string[] phrases)
    {
        var annotated = Annotator.Value.Annotate(Readout, new ReferenceDate(2025, 6, 25), publisher);
        return [.. phrases.Select(phrase =>
        {
            var start = Readout.IndexOf(phrase, StringComparison.Ordinal);
            return annotated.Actors.FirstOrDefault(actor => actor.Mentions.Any(m => m.Start == start && m.End == start + phrase.Length))?.Id;
        })];
    }
}
