namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>
/// Named word lists of issues.yml ("region: [donbas, crimea, …]"): a cue word "{region}" expands
/// to the alternatives "donbas|crimea|…", so place names and synonyms live in one list of data.
/// </summary>
public sealed class WordClasses
{
    private static readonly HashSet<string> Slots = new(StringComparer.Ordinal) { "actor", "person", "state", "agent" };
    private readonly Dictionary<string, string> alternatives = new(StringComparer.Ordinal);

    public WordClasses(Dictionary<string, List<string>> classes, CueChecks checks)
    {
        foreach (var (name, words) in classes)
        {
            if (Slots.Contains(name))
            {
                throw checks.Error(name, "word_classes", $"'{name}' is a mention slot and cannot name a word class");
            }
            if (words.Count == 0 || words.Any(word => word.Length == 0 || word.Contains(' ', StringComparison.Ordinal) || word.Contains('|', StringComparison.Ordinal)))
            {
                throw checks.Error(name, "word_classes", $"word class '{name}' must list single words");
            }
            alternatives[name] = string.Join('|', words.Select(word => word.ToLowerInvariant()));
        }
    }

    private string ExpandOne(string word) =>
        word.Length > 2 && word[0] == '{' && word[^1] == '}' && alternatives.TryGetValue(word[1..^1], out var expanded) ? expanded : word;

    /// <summary>The cue with each "{class}" word replaced by its alternatives; other words unchanged.</summary>
    public string Expand(string cue)
    {
        if (alternatives.Count == 0 || !cue.Contains('{', StringComparison.Ordinal))
        {
            return cue;
        }
        var words = cue.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = string.Join('|', words[i].Split('|').Select(ExpandOne));
        }
        return string.Join(' ', words);
    }
}
