using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Annotation.Tests.Specs;

namespace StaticBriefing.Annotation.Tests.Actors;

/// <summary>Runs Specs/actors.yml: rows { actor, mention, reviewed, kind, party, sentence, role } per mention.</summary>
public sealed class ActorSpecTests
{
    private const string File = "actors.yml";

    private static readonly ActorRecognizer Recognizer = new(Knowledge.Actors);

    public static TheoryData<string> Cases => SpecFile.Names(File);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Actor_spec(string name)
    {
        var spec = SpecFile.Case(File, name);
        var text = spec.Text;
        var actors = Recognizer.Recognize(text, new SentenceSplitter(Knowledge.Sentences).Split(text));
        SpecAssert.Matches(spec, actors
            .SelectMany(a => a.Mentions.Select(m => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>
            {
                ["actor"] = a.Id,
                ["mention"] = text[m.Start..m.End],
                ["reviewed"] = a.Reviewed ? "true" : "false",
                ["kind"] = a.Kind.ToString().ToLowerInvariant(),
                ["party"] = a.Party,
                ["role"] = a.Role,
                ["sentence"] = m.Sentence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }))
            .ToList());
    }
}
