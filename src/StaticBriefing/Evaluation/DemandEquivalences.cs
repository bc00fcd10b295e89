using System.Collections.Immutable;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Encodings the gold README declares equal ("ukraine rejects recognition-of-annexation" is
/// "ukraine demands non-recognition-of-occupation"). Each pair maps onto one canonical triple.
/// Loaded from equivalences.yml beside the gold files.
/// </summary>
public sealed class DemandEquivalences
{
    public const string FileName = "equivalences.yml";

    private readonly ImmutableDictionary<DemandTriple, DemandTriple> canonical;

    public DemandEquivalences(IEnumerable<(DemandTriple Alias, DemandTriple Canonical)> pairs) =>
        canonical = pairs.ToImmutableDictionary(p => p.Alias, p => p.Canonical);

    public static DemandEquivalences None { get; } = new([]);

    public DemandTriple Canonical(DemandTriple triple) => canonical.GetValueOrDefault(triple, triple);

    public static DemandEquivalences Load(string goldFolder)
    {
        var path = Path.Combine(goldFolder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : None;
    }

    public static DemandEquivalences Parse(string yaml, string fileName)
    {
        var file = StrictYaml.Deserialize<Schema>(yaml, fileName);
        return new(file.DemandEquivalences.Select(e => (e.Alias.ToTriple(), e.Canonical.ToTriple())));
    }

    private sealed class Schema
    {
        public required List<Pair> DemandEquivalences { get; init; }
    }

    private sealed class Pair
    {
        public required Triple Alias { get; init; }
        public required Triple Canonical { get; init; }
    }

    private sealed class Triple
    {
        public required string Party { get; init; }
        public required string Stance { get; init; }
        public required string Issue { get; init; }

        public DemandTriple ToTriple() => new(Party, Stance, Issue);
    }
}
