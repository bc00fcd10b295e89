using System.Collections.Immutable;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Evaluation;

/// <summary>
/// Encodings the gold README declares equal ("ukraine rejects recognition-of-annexation" is
/// "ukraine demands non-recognition-of-occupation"). Each pair maps onto one canonical triple.
/// Parties outside the gold's demand-party list (Turkey, say) score as "other", as the README's
/// enum does. Loaded from equivalences.yml beside the gold files.
/// </summary>
public sealed class DemandEquivalences
{
    public const string FileName = "equivalences.yml";

    private const string OtherParty = "other";

    private readonly ImmutableDictionary<DemandTriple, DemandTriple> canonical;
    private readonly ImmutableHashSet<string> parties;

    public DemandEquivalences(IEnumerable<(DemandTriple Alias, DemandTriple Canonical)> pairs, IEnumerable<string>? demandParties = null)
    {
        canonical = pairs.ToImmutableDictionary(p => p.Alias, p => p.Canonical);
        parties = demandParties?.ToImmutableHashSet(StringComparer.Ordinal) ?? [];
    }

    public static DemandEquivalences None { get; } = new([]);

    public DemandTriple Canonical(DemandTriple triple)
    {
        var party = parties.Count == 0 || parties.Contains(triple.Party) ? triple : triple with { Party = OtherParty };
        return canonical.GetValueOrDefault(party, party);
    }

    public static DemandEquivalences Load(string goldFolder)
    {
        var path = Path.Combine(goldFolder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : None;
    }

    public static DemandEquivalences Parse(string yaml, string fileName)
    {
        var file = StrictYaml.Deserialize<Schema>(yaml, fileName);
        return new(file.DemandEquivalences.Select(e => (e.Alias.ToTriple(), e.Canonical.ToTriple())), file.DemandParties);
    }

    private sealed class Schema
    {
        public required List<Pair> DemandEquivalences { get; init; }

        /// <summary>Optional: the gold's demand parties; any other party scores as "other".</summary>
        public List<string>? DemandParties { get; init; }
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
