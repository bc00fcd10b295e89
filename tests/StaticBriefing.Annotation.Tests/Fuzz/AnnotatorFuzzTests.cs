using System.Diagnostics;
using System.Text;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Editorial;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Fuzz;

/// <summary>
/// The whole annotator, with the repository's knowledge, over a few thousand generated texts
/// (<see cref="FuzzText"/>, fixed seed): it never throws, and every annotation lies inside the
/// text and inside the sentence it names. A failure lists each distinct crash or broken offset
/// with the text that caused it, written as a C# string, ready to become a spec case.
/// </summary>
public sealed class AnnotatorFuzzTests(ITestOutputHelper output)
{
    private const int Texts = 5000;
    private const int Seed = 20250723;
    private static readonly Lazy<Annotator> Annotator = new(() => new Annotator(KnowledgeLoader.Load(RepositoryPaths.Root)));

    private static readonly ReferenceDate[] Published =
        [new(2025, 7, 22), new(2025, 8), new(2025), new(2024, 2, 29), new(2000, 1, 1), new(2025, 12, 31)];

    [Fact]
    public void The_annotator_never_throws_and_keeps_every_offset_inside_its_sentence()
    {
        var generator = new FuzzText(new Random(Seed), SeedTokens(), LexiconWords());
        var random = new Random(Seed + 1);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Texts; i++)
        {
            var text = generator.Next();
            var published = Published[random.Next(Published.Length)];
            string? problem;
            try
            {
                problem = Problem(Annotator.Value.Annotate(text, published));
            }
            catch (Exception error)
            {
                problem = $"{error.GetType().Name} {error.Message} at {Where(error)}";
            }
            if (problem is not null)
            {
                failures.TryAdd(problem, $"text #{i} (published {published}): {Literal(text)}");
            }
        }
        output.WriteLine($"{Texts} texts in {clock.Elapsed.TotalSeconds:0.0} s");
        failures.ShouldBeEmpty(string.Join("\n", failures.Select(failure => failure.Key + "\n    " + failure.Value)));
    }

    /// <summary>Texts that once crashed the annotator or broke an invariant (each also a spec case of its family).</summary>
    [Theory]
    [InlineData("Posted 5.6.2025 | updated later")]
    [InlineData("The delegates arrive on 8-")]
    [InlineData("Sources ǅ .”  Sergey… 29. 31–9999999999/8- ")]
    [InlineData("\"Talks went well. 'We will come back to the talks soon,' he added.\"")]
    [InlineData("The unit was led by col. Smith Jones, officials said.")]
    [InlineData("On Monday")]
    [InlineData("“")]
    [InlineData("—")]
    [InlineData("May")]
    [InlineData("12:30/2025-13-40.")]
    public void Known_hard_texts_keep_the_invariants(string text) =>
        Problem(Annotator.Value.Annotate(text, new ReferenceDate(2025, 7, 22))).ShouldBeNull();

    /// <summary>The first broken invariant of an annotated text, or null.</summary>
    public static string? Problem(AnnotatedText annotated)
    {
        var length = annotated.Text.Length;
        var sentences = annotated.Sentences;
        var previousEnd = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Index != i || sentence.Start < previousEnd || sentence.End <= sentence.Start || sentence.End > length)
            {
                return $"sentence {i} [{sentence.Start}, {sentence.End}) out of order or outside the text";
            }
            previousEnd = sentence.End;
        }
        var spans =
            annotated.Actors.SelectMany(actor => actor.Mentions.Select(m => ("actor mention", m.Start, m.End, m.Sentence)))
            .Concat(annotated.Dates.Select(d => ("date", d.Start, d.End, d.Sentence)))
            .Concat(annotated.Demands.Select(d => ("demand", d.Start, d.End, d.Sentence)))
            .Concat(annotated.Quotes.Select(q => ("quote", q.Start, q.End, q.Sentence)))
            .Concat(annotated.Claims.Select(c => ("claim", c.Start, c.End, c.Sentence)));
        foreach (var (kind, start, end, index) in spans)
        {
            if (index < 0 || index >= sentences.Count)
            {
                return $"{kind} names sentence {index} of {sentences.Count}";
            }
            var sentence = sentences[index];
            // A quote may run on over later sentences (docs/brief-format.md: one entry per sentence); it starts in its own.
            var limit = kind == "quote" ? length : sentence.End;
            if (start < sentence.Start || end > limit || end <= start)
            {
                return $"{kind} [{start}, {end}) outside its sentence [{sentence.Start}, {sentence.End}) or empty";
            }
        }
        return null;
    }

    /// <summary>The innermost frame in our own code, which is where the fix goes.</summary>
    private static string? Where(Exception error) =>
        error.StackTrace?.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("StaticBriefing.", StringComparison.Ordinal))
        ?? error.StackTrace?.Split('\n').FirstOrDefault()?.Trim();

    private static IReadOnlyList<string> SeedTokens() =>
        Directory.GetFiles(RepositoryPaths.Of("seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => FuzzText.TokensOf(File.ReadAllText(path)))
            .ToList();

    private static IReadOnlyList<string> LexiconWords() =>
        Directory.GetFiles(RepositoryPaths.Of("input"), "*.yml").Order(StringComparer.Ordinal)
            .SelectMany(path => FuzzText.WordsOfYaml(File.ReadAllText(path)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Literal(string text)
    {
        var literal = new StringBuilder("\"");
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007E' && !char.IsLetterOrDigit(c) && !char.IsPunctuation(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return literal.Append('"').ToString();
    }
}
