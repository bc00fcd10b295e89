using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// The whole annotator with the repository's knowledge on an invented speech page of a government
/// portal (GOV.UK, a listed actor and no news organisation): the speech's unquoted "we" is the
/// portal's government, while a sentence naming its own subject keeps it.
/// </summary>
public class StatementPageVoiceTests
{
    private const string Page = "Thank you, Mr Chair.\n\nWe will never recognise the annexation of Crimea by Russia.\n\nThe Russian Federation has rejected any ceasefire.";
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    [Fact]
    public void A_government_portal_s_speech_says_we_in_its_government_s_voice()
    {
        var annotated = Annotator.Value.Annotate(Page, new ReferenceDate(2027, 4, 22), "GOV.UK");
        annotated.Demands.Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue} {d.ActorId}")
            .Order(StringComparer.Ordinal)
            .ShouldBe(["1: other rejects recognition-of-annexation gov-uk", "2: russia rejects ceasefire russia"]);
    }
}
