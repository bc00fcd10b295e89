using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>Runs every case of Specs/dates-*.yml: the tagger must find exactly the expected expressions, in order.</summary>
public class DateSpecTests
{
    private static readonly DateRecognizer Recognizer = new(TemporalLexicon.Parse(
        new DataFile("input/temporal.yml", File.ReadAllText(RepositoryPaths.Of("input", "temporal.yml")))));

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var path in SpecFiles())
        {
            var file = Load(path);
            for (var i = 0; i < file.Cases.Count; i++)
            {
                data.Add(Path.GetFileName(path), i, file.Cases[i].Text);
            }
        }
        return data;
    }

    [Fact]
    public void Every_family_has_a_spec_file_with_cases()
    {
        string[] families = ["absolute", "partial", "ranges-and-lists", "weekdays", "relative", "fuzzy", "durations", "refs", "misspellings", "negatives", "embedded", "holidays", "timelines"];
        var names = SpecFiles().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var family in families)
        {
            names.ShouldContain("dates-" + family);
            Load(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Specs", $"dates-{family}.yml")).Cases.Count.ShouldBeGreaterThan(3);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_is_tagged_as_expected(string file, int index, string text)
    {
        var spec = Load(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Specs", file)).Cases[index];
        ReferenceDate.TryParse(spec.Published, out var published).ShouldBeTrue($"{file} case {index}: bad published date");
        var sentence = new Sentence(0, 0, text.Length);
        var found = Recognizer.Recognize(text, new[] { sentence }.ToEquatableArray(), published!)
            .Select(d => $"'{text[d.Start..d.End]}' {d.Value} {d.Type.ToString().ToUpperInvariant()} {(d.Mod == TimexMod.None ? "-" : d.Mod.ToString().ToUpperInvariant())}")
            .ToList();
        found.ShouldBe(spec.Expected.Select(e => e.ToString()).ToList(), $"{file} case {index}: {text}");
    }

    private static string[] SpecFiles() =>
        Directory.GetFiles(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Specs"), "dates-*.yml").Order(StringComparer.Ordinal).ToArray();

    private static DateSpecFile Load(string path) => StrictYaml.Deserialize<DateSpecFile>(File.ReadAllText(path), Path.GetFileName(path));
}
