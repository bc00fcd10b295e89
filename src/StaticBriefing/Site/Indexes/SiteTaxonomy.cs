using System.Globalization;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Site.Disagreements;

namespace StaticBriefing.Site.Indexes;

/// <summary>
/// Parties and issues in their editorial order with their labels (from input/ data). Ids the
/// taxonomy does not know still get a readable label, so a new id never breaks a page.
/// </summary>
public sealed record SiteTaxonomy(EquatableArray<LabelledId> Parties, EquatableArray<LabelledId> Issues)
{
    /// <summary>What the disagreement finder compares (input/disagreements.yml); none by default.</summary>
    public DisagreementRules Comparison { get; init; } = DisagreementRules.None;

    /// <summary>Reviewed actors' aliases (input/actors.yml), shown on their pages.</summary>
    public EquatableArray<ActorAliases> Aliases { get; init; } = EquatableArray<ActorAliases>.Empty;

    public IEnumerable<string> AliasesOf(string actorId) => Aliases.FirstOrDefault(entry => entry.Id == actorId)?.Aliases ?? EquatableArray<string>.Empty;

    public static SiteTaxonomy Empty { get; } = new(EquatableArray<LabelledId>.Empty, EquatableArray<LabelledId>.Empty);

    public string PartyLabel(string id) => Parties.FirstOrDefault(party => party.Id == id)?.Label ?? Humanise(id);

    public string IssueLabel(string id) => Issues.FirstOrDefault(issue => issue.Id == id)?.Label ?? Humanise(id);

    /// <summary>The given ids, taxonomy order first, then unknown ones alphabetically.</summary>
    public IReadOnlyList<string> OrderParties(IEnumerable<string> ids) => Order(Parties, ids);

    public IReadOnlyList<string> OrderIssues(IEnumerable<string> ids) => Order(Issues, ids);

    private static List<string> Order(EquatableArray<LabelledId> known, IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var ordered = known.Select(item => item.Id).Where(wanted.Contains).ToList();
        ordered.AddRange(wanted.Except(ordered, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return ordered;
    }

    /// <summary>"nato-eu-membership" → "Nato eu membership"; short ids are acronyms ("eu" → "EU").</summary>
    private static string Humanise(string id)
    {
        if (id.Length <= 3)
        {
            return id.ToUpperInvariant();
        }
        var words = id.Replace('_', ' ').Replace('-', ' ');
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
