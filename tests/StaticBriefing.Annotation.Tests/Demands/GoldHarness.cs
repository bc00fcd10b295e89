using System.Text.RegularExpressions;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Tests.Demands;

/// <summary>
/// Builds detector input from a gold file, independently of the other annotators: actors from
/// the gold mention strings, sentences from a simple splitter over the non-boilerplate lines.
/// A provisional stand-in until the real pipeline and scorer exist.
/// </summary>
public sealed partial class GoldHarness
{
    public GoldHarness(string name)
    {
        Name = name;
        Text = File.ReadAllText(RepositoryPaths.Of("seeds", name + ".txt"));
        Gold = GoldDocument.Load(RepositoryPaths.Of("tests", "StaticBriefing.Annotation.Tests", "Gold", name + ".gold.yml"));
        Sentences = Split(Text, Gold.Metadata.Boilerplate.ToHashSet()).ToEquatableArray();
        Actors = BuildActors().ToEquatableArray();
    }

    public static IEnumerable<string> Names =>
        Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order().Select(n => n!);

    public string Name { get; }

    public string Text { get; }

    public GoldDocument Gold { get; }

    public EquatableArray<Sentence> Sentences { get; }

    public EquatableArray<ActorAnnotation> Actors { get; }

    /// <summary>The [start, end) range of a gold sentence in the text.</summary>
    public (int Start, int End) RangeOf(string sentence)
    {
        var at = Text.IndexOf(sentence, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"{Name}: gold sentence not found: {sentence}") : (at, at + sentence.Length);
    }

    private IEnumerable<ActorAnnotation> BuildActors()
    {
        foreach (var actor in Gold.Actors)
        {
            var mentions = new List<Mention>();
            foreach (var surface in actor.Mentions.Distinct())
            {
                for (var at = Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    var end = at + surface.Length;
                    var bounded = (at == 0 || !char.IsLetterOrDigit(Text[at - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end]));
                    var sentence = Sentences.FirstOrDefault(s => s.Start <= at && end <= s.End);
                    if (bounded && sentence is not null)
                    {
                        mentions.Add(new Mention(at, end, sentence.Index));
                    }
                }
            }
            var kind = actor.Kind switch
            {
                "person" => ActorKind.Person,
                "state" => ActorKind.State,
                "organisation" => ActorKind.Organisation,
                _ => ActorKind.Other,
            };
            yield return new ActorAnnotation(actor.Id, actor.Name, kind, actor.Party, "", true, mentions.OrderBy(m => m.Start).ToEquatableArray());
        }
    }

    private static IEnumerable<Sentence> Split(string text, HashSet<string> boilerplate)
    {
        var index = 0;
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            if (!boilerplate.Contains(line) && line.Trim().Length > 1)
            {
                var start = 0;
                foreach (Match boundary in Boundary().Matches(line))
                {
                    var end = boundary.Index + boundary.Length;
                    var word = LastWord(line, boundary.Index);
                    if (word.Contains('.') || word is "St" or "Mr" or "Mrs" or "Ms" or "Dr")
                    {
                        continue;
                    }
                    yield return new Sentence(index++, lineStart + start, lineStart + end);
                    start = end;
                    while (start < line.Length && line[start] == ' ')
                    {
                        start++;
                    }
                }
                var rest = line[start..].TrimEnd();
                if (rest.Length > 0)
                {
                    yield return new Sentence(index++, lineStart + start, lineStart + start + rest.Length);
                }
            }
            lineStart += line.Length + 1;
        }
    }

    private static string LastWord(string line, int period)
    {
        var i = period;
        while (i > 0 && !char.IsWhiteSpace(line[i - 1]))
        {
            i--;
        }
        return line[i..period];
    }

    [GeneratedRegex("[.!?][\"”’)]*(?=\\s+[\"“‘(]?[A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Boundary();
}
