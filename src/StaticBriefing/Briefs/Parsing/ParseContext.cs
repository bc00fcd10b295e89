using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>What the checks of one brief share: the file, its line map, the vocabulary, the brief's actors and sentences.</summary>
public sealed class ParseContext(string file, YamlLineMap lines, BriefVocabulary vocabulary)
{
    public string File { get; } = file;

    public BriefVocabulary Vocabulary { get; } = vocabulary;

    /// <summary>Actors the brief may reference: those its front matter lists.</summary>
    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BodySentence> Sentences { get; } = new(StringComparer.Ordinal);

    /// <summary>An error at a front-matter path ("dates[2]") and field ("value").</summary>
    public DataFileException AtPath(string path, string field, string problem) =>
        new(File, lines.Line(path.Length == 0 ? field : path + "." + field), field, problem);

    public DataFileException AtLine(int line, string? field, string problem) => new(File, line, field, problem);

    public string? ActorProblem(string id) =>
        Actors.Contains(id) ? null
        : Vocabulary.Actors.ContainsKey(id) ? $"actor '{id}' is not listed in the front matter's actors (add '- id: {id}')"
        : $"unknown actor '{id}': not in input/actors.yml and not defined in this brief";

    public string? PartyProblem(string party) =>
        Vocabulary.Parties.ContainsKey(party) ? null
        : $"unknown party '{party}' (known: {string.Join(", ", Vocabulary.Parties.Keys.Order(StringComparer.Ordinal))})";

    public string? IssueProblem(string issue) =>
        Vocabulary.Issues.ContainsKey(issue) ? null : $"unknown issue '{issue}': not in input/issues.yml";

    /// <summary>A claim's source: an actor of the brief, a party, or the narrator.</summary>
    public string? SourceProblem(string who) =>
        who == FormatNames.Narrator || Actors.Contains(who) || Vocabulary.Parties.ContainsKey(who) ? null
        : $"'{who}' is neither an actor of this brief, nor a party, nor '{FormatNames.Narrator}'";
}
