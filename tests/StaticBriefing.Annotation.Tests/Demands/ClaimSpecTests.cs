using StaticBriefing.Annotation.Claims;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>Runs the claim specs (Specs/claims.yml): each case's claims must be found, and nothing else.</summary>
public class ClaimSpecTests
{
    private static readonly List<SpecCase> Specs = SpecInput.Load("claims.yml").Values.Single();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Specs)
        {
            data.Add(spec.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_claims(string name)
    {
        var spec = Specs.Single(c => c.Name == name);
        var input = new SpecInput(spec);
        var found = new ClaimDetector(LexiconFiles.Demands).Detect(input.Text, input.Sentences, input.Actors, input.Quotes);

        var actual = found.Select(c => $"{c.Sentence}: {c.Who} by {c.DisputedBy ?? "-"}").Order().ToList();
        var expected = spec.Expect.Select(e => $"{e.Sentence}: {e.Who} by {e.DisputedBy ?? "-"}").Order().ToList();
        actual.ShouldBe(expected, name);
        foreach (var expectation in spec.Expect.Where(e => e.Text is not null))
        {
            found.Select(c => input.Slice(c.Start, c.End)).ShouldContain(expectation.Text, name);
        }
    }
}
