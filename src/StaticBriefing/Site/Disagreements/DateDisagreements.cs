using StaticBriefing.Annotation.Model;
using StaticBriefing.Dating;
using StaticBriefing.Site.Indexes;

namespace StaticBriefing.Site.Disagreements;

/// <summary>
/// Dates that sources give one event differently. A dated sentence dates an event of a kind when it
/// names one of the kind's words (input/disagreements.yml); exact days of one kind lying within a few
/// days of each other are one event. Each sentence's set of days is its version; when independent
/// sources give different versions, the event is flagged. Dates right after a statement verb
/// ("said Monday") date the statement and are left out; vague dates (a week, a month) are too coarse
/// to contradict anything and are left out too.
/// </summary>
public static class DateDisagreements
{
    public static IEnumerable<Disagreement> Find(IReadOnlyList<IndexedBrief> briefs, DisagreementRules rules)
    {
        var flagged = new List<HashSet<(string, string)>>();
        foreach (var kind in rules.Events)
        {
            var words = kind.Words.ToHashSet(StringComparer.Ordinal);
            var days = Mentions(briefs, rules, words).OrderBy(mention => mention.Day).ToList();
            foreach (var cluster in Clusters(days, rules.SameEventWithinDays))
            {
                var statements = cluster
                    .GroupBy(mention => (mention.Brief.Id, mention.Anchor))
                    .Select(group => new DatedStatement(group.First().Brief, group.Key.Anchor, new SortedSet<DateOnly>(group.Select(m => m.Day)), group.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList()))
                    .OrderBy(statement => statement.Days.Min)
                    .ThenBy(statement => statement.Days.Max)
                    .ThenBy(statement => statement.Brief.Id, StringComparer.Ordinal)
                    .ThenBy(statement => statement.Brief.Position(statement.Anchor))
                    .ToList();
                if (!Differ(statements))
                {
                    continue;
                }
                var members = statements.Select(statement => (statement.Brief.Id, statement.Anchor)).ToHashSet();
                if (flagged.Any(earlier => members.IsSubsetOf(earlier)))
                {
                    continue; // another event kind already flagged these very sentences
                }
                flagged.Add(members);
                yield return new Disagreement("date", kind.Label, "they give different days", statements
                    .Select(statement => new DisagreementVoice(
                        statement.Value,
                        string.Join(", ", statement.Words),
                        statement.Brief.SourceKey,
                        DisagreementVoice.Cite(statement.Brief, statement.Anchor, statement.Words[0]),
                        statement.Span))
                    .ToEquatableArray());
            }
        }
    }

    /// <summary>True when two independent sources give different sets of days.</summary>
    private static bool Differ(List<DatedStatement> statements) =>
        statements.Any(first => statements.Any(second =>
            first.Brief.SourceKey != second.Brief.SourceKey && !first.Days.SetEquals(second.Days)));

    private static IEnumerable<List<DayMention>> Clusters(List<DayMention> sorted, int withinDays)
    {
        var current = new List<DayMention>();
        foreach (var mention in sorted)
        {
            if (current.Count > 0 && mention.Day.DayNumber - current[^1].Day.DayNumber > withinDays)
            {
                yield return current;
                current = [];
            }
            current.Add(mention);
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static IEnumerable<DayMention> Mentions(IReadOnlyList<IndexedBrief> briefs, DisagreementRules rules, HashSet<string> eventWords)
    {
        foreach (var brief in briefs)
        {
            foreach (var date in brief.Brief.Dates)
            {
                if (TimexDate.Read(date.Value, date.Type, date.Mod) is not { IsFuzzy: false, Span: { IsSingleDay: true, Approximate: false } span })
                {
                    continue;
                }
                var sentence = brief.SentenceText(date.Sentence);
                if (SentenceScan.Words(sentence).Overlaps(eventWords) && !DatesAStatement(sentence, date.Text, rules))
                {
                    yield return new DayMention(brief, date.Sentence, span.Start, date.Text);
                }
            }
        }
    }

    /// <summary>"said Monday", "announced on Tuesday": the date is when something was said.</summary>
    private static bool DatesAStatement(string sentence, string dateText, DisagreementRules rules)
    {
        var at = sentence.IndexOf(dateText, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var before = SentenceScan.WordBefore(sentence, at);
        if (before == "on")
        {
            before = SentenceScan.WordBefore(sentence, SentenceScan.StartOfWordBefore(sentence, at));
        }
        return rules.StatementVerbs.Contains(before);
    }

    private sealed record DayMention(IndexedBrief Brief, string Anchor, DateOnly Day, string Text);
}
