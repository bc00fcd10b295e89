using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Quotes;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Actors;
using StaticBriefing.Annotation.Tests.Specs;

namespace StaticBriefing.Annotation.Tests.Quotes;

/// <summary>Runs Specs/quotes.yml: rows { text, speaker } per quote.</summary>
public sealed class QuoteSpecTests
{
    private const string File = "quotes.yml";

    private static readonly ActorRecognizer Recognizer = new(Knowledge.Actors);

    public static TheoryData<string> Cases => SpecFile.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quote_spec(string name)
    {
        var spec = SpecFile.Case(File, name);
        var text = spec.Text;
        var sentences = new SentenceSplitter(Knowledge.Sentences).Split(text);
        var quotes = new QuoteFinder(Knowledge.Actors).Find(text, sentences, Recognizer.Recognize(text, sentences));
        SpecAssert.Matches(spec, quotes
            .Select(q => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["text"] = text[q.Start..q.End],
                ["speaker"] = q.SpeakerId,
            })
            .ToList());
    }
}
