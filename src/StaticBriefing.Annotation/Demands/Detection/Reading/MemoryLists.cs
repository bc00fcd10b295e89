using System.Runtime.InteropServices;
using StaticBriefing.Annotation.Demands.Detection.Cues;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Reading;

/// <summary>
/// What a sentence's positions leave in the discourse memory, which keeps these lists: each is a new
/// list, built with loops rather than LINQ chains (this runs for every sentence with a stance).
/// </summary>
internal static class MemoryLists
{
    /// <summary>The issues this sentence leaves for anaphora in the next one, in text order.</summary>
    public static IReadOnlyList<IssueDefinition> NamedIssues(List<DemandEntry> entries, List<IssueHit> cued)
    {
        if (entries.Count == 0)
        {
            return IssuesOf(cued);
        }
        var byFirst = IsSortedByFirst(entries) ? entries : SortedByFirst(entries);
        var named = new List<IssueDefinition>(byFirst.Count);
        foreach (var entry in byFirst)
        {
            named.Add(entry.Issue);
        }
        return named;
    }

    /// <summary>The issues of the cues, in their order: what a sentence without positions leaves for anaphora.</summary>
    public static IReadOnlyList<IssueDefinition> IssuesOf(List<IssueHit> cued)
    {
        if (cued.Count == 0)
        {
            return [];
        }
        var issues = new List<IssueDefinition>(cued.Count);
        foreach (var hit in cued)
        {
            issues.Add(hit.Issue);
        }
        return issues;
    }

    /// <summary>The issues proposed or offered in either list, in order (repeats kept).</summary>
    public static IReadOnlyList<IssueDefinition> Proposed(IReadOnlyList<DemandEntry> entries, IReadOnlyList<DemandEntry> more)
    {
        List<IssueDefinition>? proposed = null;
        foreach (var list in (ReadOnlySpan<IReadOnlyList<DemandEntry>>)[entries, more])
        {
            foreach (var entry in list)
            {
                if (entry.Stance is Stance.Proposes or Stance.Offers)
                {
                    (proposed ??= []).Add(entry.Issue);
                }
            }
        }
        return proposed ?? [];
    }

    private static bool IsSortedByFirst(List<DemandEntry> entries)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i - 1].First > entries[i].First)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A copy by first token; entries starting together keep their order (an insertion sort, stable as OrderBy was).</summary>
    private static List<DemandEntry> SortedByFirst(List<DemandEntry> entries)
    {
        var byFirst = new List<DemandEntry>(entries);
        for (var i = 1; i < byFirst.Count; i++)
        {
            var entry = byFirst[i];
            var j = i - 1;
            for (; j >= 0 && byFirst[j].First > entry.First; j--)
            {
                byFirst[j + 1] = byFirst[j];
            }
            byFirst[j + 1] = entry;
        }
        return byFirst;
    }

    // Most sentences yield no entry: then nothing is allocated for the discourse memory.
    public static IReadOnlyList<IssueDefinition> DemandedIssues(List<DemandEntry> entries)
    {
        List<IssueDefinition>? demanded = null;
        foreach (var entry in entries)
        {
            if (entry.Stance == Stance.Demands && !(demanded?.Contains(entry.Issue) ?? false))
            {
                (demanded ??= []).Add(entry.Issue);
            }
        }
        return demanded ?? [];
    }

    public static IReadOnlyList<PartyRef> Demanders(List<DemandEntry> entries)
    {
        List<PartyRef>? demanders = null;
        foreach (var entry in entries)
        {
            if (entry.Stance == Stance.Demands)
            {
                AddParty(ref demanders, entry.Party);
            }
        }
        return demanders ?? [];
    }

    /// <summary>Who proposed or offered something here, or tabled something: the author of a document the sentence names.</summary>
    public static IReadOnlyList<PartyRef> Proposers(List<DemandEntry> entries, List<PartyRef>? tabledBy)
    {
        List<PartyRef>? proposers = null;
        foreach (var entry in entries)
        {
            if (entry.Stance is Stance.Proposes or Stance.Offers)
            {
                AddParty(ref proposers, entry.Party);
            }
        }
        foreach (var party in CollectionsMarshal.AsSpan(tabledBy)) // empty for no list
        {
            AddParty(ref proposers, party);
        }
        return proposers ?? [];
    }

    /// <summary>Adds the party unless one of the same party is already there (the first one stays, as with DistinctBy).</summary>
    private static void AddParty(ref List<PartyRef>? parties, PartyRef party)
    {
        if (parties is not null)
        {
            foreach (var known in parties)
            {
                if (string.Equals(known.Party, party.Party, StringComparison.Ordinal))
                {
                    return;
                }
            }
        }
        (parties ??= []).Add(party);
    }
}
