using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Reads input/issues.yml into issue definitions, strictly.</summary>
public static class IssueFileParser
{
    public static EquatableArray<IssueDefinition> Parse(DataFile file)
    {
        var document = StrictYaml.Deserialize<IssuesDocument>(file.Text, file.Name);
        var checks = new CueChecks(file, new YamlLines(file.Text));
        var classes = new WordClasses(document.WordClasses, checks);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var issues = new List<IssueDefinition>();
        foreach (var entry in document.Issues)
        {
            seen[entry.Id] = seen.GetValueOrDefault(entry.Id) + 1;
            if (seen[entry.Id] > 1)
            {
                throw checks.Error(entry.Id, "id", $"duplicate issue id '{entry.Id}'", seen[entry.Id]);
            }
            if (!IsKebab(entry.Id))
            {
                throw checks.Error(entry.Id, "id", $"issue id '{entry.Id}' must be kebab-case");
            }
            if (entry.Cues.Count == 0)
            {
                throw checks.Error(entry.Id, "cues", $"issue '{entry.Id}' has no cues");
            }
            issues.Add(new IssueDefinition(entry.Id, entry.Label, checks.Cues(entry.Cues.Select(classes.Expand), "cues"))
            {
                AgendaStance = entry.AgendaStance is null ? Stance.Proposes : checks.Stance(entry.AgendaStance, "agenda_stance"),
                SourceStance = entry.SourceStance is null ? null : checks.Stance(entry.SourceStance, "source_stance"),
                StanceMap = (entry.StanceMap ?? [])
                    .Select(pair => new StanceRemap(checks.Stance(pair.Key, "stance_map"), checks.Stance(pair.Value, "stance_map")))
                    .ToEquatableArray(),
                Opposite = entry.Opposite,
                NotSoughtBy = (entry.NotSoughtBy ?? []).ToEquatableArray(),
                NotRefusedBy = (entry.NotRefusedBy ?? []).ToEquatableArray(),
                AdoptedBy = (entry.AdoptedBy ?? []).ToEquatableArray(),
                ReferredToAs = ReferenceNouns(entry, checks),
                JointCues = (entry.JointCues ?? [])
                    .SelectMany(pair => checks.Cues(pair.Value.Select(classes.Expand), "joint_cues").Select(cue => new JointCue(cue, pair.Key)))
                    .ToEquatableArray(),
                NotCues = entry.NotCues is null ? EquatableArray<string>.Empty : checks.Cues(entry.NotCues.Select(classes.Expand), "not_cues"),
            });
        }
        foreach (var issue in issues.Where(issue => issue.Opposite is not null && !seen.ContainsKey(issue.Opposite)))
        {
            throw checks.Error(issue.Opposite!, "opposite", $"unknown issue '{issue.Opposite}'");
        }
        foreach (var joint in issues.SelectMany(issue => issue.JointCues).Where(joint => !seen.ContainsKey(joint.AlsoIssue)))
        {
            throw checks.Error(joint.AlsoIssue, "joint_cues", $"unknown issue '{joint.AlsoIssue}'");
        }
        return issues.ToEquatableArray();
    }

    /// <summary>Nouns that refer back to the issue ("the invitation"): single lowercase words, as tokens are compared.</summary>
    private static EquatableArray<string> ReferenceNouns(IssueEntry entry, CueChecks checks)
    {
        foreach (var noun in entry.ReferredToAs ?? [])
        {
            if (noun.Length == 0 || !noun.All(char.IsLetter))
            {
                throw checks.Error(noun, "referred_to_as", $"'{noun}' must be a single word");
            }
        }
        return (entry.ReferredToAs ?? []).Select(noun => noun.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    private static bool IsKebab(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && id[0] != '-' && id[^1] != '-';
}
