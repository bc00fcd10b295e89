using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Annotation.Tests.Specs;

/// <summary>
/// Loads a spec file (tests/StaticBriefing.Annotation.Tests/Specs/NAME.yml): a mapping with a
/// <c>cases</c> list of <see cref="SpecCase"/>. Parsed strictly; case names must be unique, since
/// the tests are generated per name.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecCase> Load(string fileName)
    {
        var path = RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Specs", fileName);
        var document = StrictYaml.Deserialize<SpecDocument>(File.ReadAllText(path), "Specs/" + fileName);
        var duplicate = document.Cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFileException("Specs/" + fileName, null, "name", $"duplicate case name '{duplicate.Key}'");
        }
        return document.Cases;
    }

    /// <summary>The case names of a file, as theory data.</summary>
    public static TheoryData<string> Names(string fileName)
    {
        var data = new TheoryData<string>();
        foreach (var spec in Load(fileName))
        {
            data.Add(spec.Name);
        }
        return data;
    }

    public static SpecCase Case(string fileName, string name) => Load(fileName).Single(c => c.Name == name);

    private sealed class SpecDocument
    {
        public required List<SpecCase> Cases { get; set; }
    }
}
