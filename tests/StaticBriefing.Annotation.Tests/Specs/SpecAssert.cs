using System.Text;

namespace StaticBriefing.Annotation.Tests.Specs;

/// <summary>Checks produced rows against a case's expect / forbid rows and explains any mismatch.</summary>
public static class SpecAssert
{
    public static void Matches(SpecCase spec, IReadOnlyList<IReadOnlyDictionary<string, string?>> produced)
    {
        var problems = new List<string>();
        if (spec.Complete)
        {
            var fields = spec.Expect.SelectMany(r => r.Keys).Distinct().ToList();
            var cut = produced.Select(row => Show(row, fields)).ToList();
            var expected = spec.Expect.Select(row => Show(row, fields)).ToList();
            if (!cut.SequenceEqual(expected))
            {
                problems.Add("expected exactly:\n    " + string.Join("\n    ", expected));
            }
        }
        else
        {
            problems.AddRange(spec.Expect.Where(row => !produced.Any(p => Fits(row, p))).Select(row => "missing " + Show(row)));
        }
        problems.AddRange(spec.Forbid.Where(row => produced.Any(p => Fits(row, p))).Select(row => "forbidden " + Show(row)));
        if (problems.Count > 0)
        {
            var message = new StringBuilder($"spec '{spec.Name}':\n  ");
            message.AppendJoin("\n  ", problems);
            message.Append("\n  produced:\n    ").AppendJoin("\n    ", produced.Select(p => Show(p)));
            throw new Xunit.Sdk.XunitException(message.ToString());
        }
    }

    private static bool Fits(IReadOnlyDictionary<string, string?> expected, IReadOnlyDictionary<string, string?> produced) =>
        expected.All(field => produced.TryGetValue(field.Key, out var value) && value == field.Value);

    private static string Show(IReadOnlyDictionary<string, string?> row, IEnumerable<string>? fields = null) =>
        "{ " + string.Join(", ", (fields ?? row.Keys).Select(k => $"{k}: {(row.TryGetValue(k, out var v) ? v ?? "null" : "-")}")) + " }";
}
