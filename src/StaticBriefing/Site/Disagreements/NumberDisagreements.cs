using System.Globalization;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// Figures that sources give differently. The figures of every claim are grouped by the noun they
/// count; a group is flagged when independent sources give different figures, or when one source
/// records the figure as disputed and another states it as fact.
/// </summary>
public static class NumberDisagreements
{
    public static IEnumerable<Disagreement> Find(IReadOnlyList<IndexedBrief> briefs, DisagreementRules rules, SiteTaxonomy taxonomy)
    {
        var figures = briefs
            .SelectMany(brief => brief.Brief.Claims.SelectMany(claim => FigureReader.Read(claim.Text, rules.AdditiveWords)
                .Select(read => new CountedFigure(brief, claim, read.Figure, read.Written, read.Unit, read.UnitAsWritten))))
            .ToList();
        foreach (var group in figures.GroupBy(figure => figure.Unit, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var members = group
                .OrderBy(figure => figure.Figure)
                .ThenBy(figure => figure.Brief.Id, StringComparer.Ordinal)
                .ThenBy(figure => figure.Brief.Position(figure.Claim.Sentence))
                .DistinctBy(figure => (figure.Brief.Id, figure.Claim.Sentence, figure.Figure))
                .ToList();
            if (members.Select(figure => figure.Brief.SourceKey).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            var differentFigures = AcrossSources(members, (first, second) => first.Figure != second.Figure);
            var disputedInOne = AcrossSources(members, (first, second) => first.Claim.DisputedBy is not null && second.Claim.DisputedBy is null);
            if (!differentFigures && !disputedInOne)
            {
                continue;
            }
            var reason = differentFigures ? "they give different figures" : "one records the figure as disputed, another states it as fact";
            yield return new Disagreement("number", members[0].UnitAsWritten, reason, members
                .Select(figure => new DisagreementVoice(Value(figure, taxonomy), figure.Claim.Text, figure.Brief.SourceKey, DisagreementVoice.Cite(figure.Brief, figure.Claim.Sentence, figure.Written)))
                .ToEquatableArray());
        }
    }

    private static bool AcrossSources(List<CountedFigure> members, Func<CountedFigure, CountedFigure, bool> differ) =>
        members.Any(first => members.Any(second => first.Brief.SourceKey != second.Brief.SourceKey && differ(first, second)));

    private static string Value(CountedFigure figure, SiteTaxonomy taxonomy)
    {
        var number = figure.Figure.ToString("#,0.##", CultureInfo.InvariantCulture);
        var source = figure.Claim.Who == FormatNames.Narrator ? "stated as fact" : "according to " + NameOf(figure, figure.Claim.Who, taxonomy);
        return figure.Claim.DisputedBy is { } by
            ? $"{number}, {source}, disputed by {NameOf(figure, by, taxonomy)}"
            : $"{number}, {source}";
    }

    private static string NameOf(CountedFigure figure, string who, SiteTaxonomy taxonomy) =>
        figure.Brief.Brief.Actors.FirstOrDefault(actor => actor.Id == who)?.Name ?? taxonomy.PartyLabel(who);
}
