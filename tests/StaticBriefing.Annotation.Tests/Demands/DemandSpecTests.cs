using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Demands;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>Runs the demand specs (Specs/demands-*.yml): each case's entries must be found, and nothing else.</summary>
public class DemandSpecTests
{
    private static readonly Dictionary<string, List<SpecCase>> Files = SpecInput.Load("demands-*.yml");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, cases) in Files)
        {
            foreach (var spec in cases)
            {
                data.Add(file, spec.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_positions(string file, string name)
    {
        var spec = Files[file].Single(c => c.Name == name);
        var lexicon = spec.Issues is null
            ? LexiconFiles.Demands
            : DemandLexicon.Parse(new DataFile("inline issues", spec.Issues), LexiconFiles.Read("stances.yml"));
        var input = new SpecInput(spec);
        var found = new DemandDetector(lexicon).Detect(input.Text, input.Sentences, input.Actors, input.Quotes);

        var actual = found.Select(d => $"{d.Sentence}: {d.Party} {d.Stance.ToString().ToLowerInvariant()} {d.Issue}").Order().ToList();
        var expected = spec.Expect.Select(e => $"{e.Sentence}: {e.Party} {e.Stance} {e.Issue}").Order().ToList();
        actual.ShouldBe(expected, $"{file}: {name}");
        foreach (var expectation in spec.Expect.Where(e => e.Text is not null))
        {
            var demand = found.Single(d => d.Sentence == expectation.Sentence && d.Party == expectation.Party && d.Issue == expectation.Issue);
            input.Slice(demand.Start, demand.End).ShouldBe(expectation.Text, $"{file}: {name}: span of {expectation.Issue}");
        }
    }
}
