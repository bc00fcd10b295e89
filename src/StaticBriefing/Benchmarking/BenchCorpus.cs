using System.Text;
using StaticBriefing.Annotation.Sentences;
using StaticBriefing.Reading;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// A deterministic benchmark corpus: the seeds' sentences recombined into article-sized documents
/// by a seeded random generator, so every run annotates the same bytes.
/// </summary>
public static class BenchCorpus
{
    public static IReadOnlyList<string> Build(IEnumerable<Article> articles, long targetBytes, int seed)
    {
        var sentences = Sentences(articles);
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("no sentences to build a corpus from");
        }
        var random = new Random(seed);
        var documents = new List<string>();
        long total = 0;
        while (total < targetBytes)
        {
            var document = new StringBuilder();
            var paragraphs = random.Next(4, 12);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p > 0)
                {
                    document.Append("\n\n");
                }
                var count = random.Next(1, 5);
                for (var s = 0; s < count; s++)
                {
                    document.Append(s > 0 ? " " : "").Append(sentences[random.Next(sentences.Count)]);
                }
            }
            var text = document.ToString();
            documents.Add(text);
            total += Encoding.UTF8.GetByteCount(text);
        }
        return documents;
    }

    /// <summary>Sentences from the annotator's splitter; whole paragraphs if it does not split.</summary>
    private static List<string> Sentences(IEnumerable<Article> articles)
    {
        var splitter = new SentenceSplitter();
        var result = new List<string>();
        foreach (var article in articles)
        {
            var text = article.Text;
            var split = splitter.Split(text);
            result.AddRange(split.Count > article.Paragraphs.Count
                ? split.Select(s => s.TextOf(text).Trim())
                : article.Paragraphs);
        }
        return result.Where(s => s.Length > 0).ToList();
    }
}
