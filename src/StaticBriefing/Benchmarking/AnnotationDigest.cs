using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// A SHA-256 over every annotation of a corpus, so an optimisation can show it changed nothing:
/// same corpus, same digest.
/// </summary>
public sealed class AnnotationDigest : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder line = new();

    public void Add(AnnotatedText annotated)
    {
        line.Clear();
        line.Append("text ").Append(annotated.Text.Length).Append('\n');
        foreach (var s in annotated.Sentences)
        {
            Append("s", s.Index, s.Start, s.End);
        }
        foreach (var a in annotated.Actors)
        {
            Append("a", a.Id, a.Name, a.Kind, a.Party, a.Role, a.Reviewed);
            foreach (var m in a.Mentions)
            {
                Append("m", m.Start, m.End, m.Sentence);
            }
        }
        foreach (var d in annotated.Dates)
        {
            Append("d", d.Start, d.End, d.Sentence, d.Type, d.Value, d.Mod);
        }
        foreach (var d in annotated.Demands)
        {
            Append("n", d.Party, d.Issue, d.Stance, d.Sentence, d.Start, d.End, d.ActorId);
        }
        foreach (var q in annotated.Quotes)
        {
            Append("q", q.Start, q.End, q.Sentence, q.SpeakerId);
        }
        foreach (var c in annotated.Claims)
        {
            Append("c", c.Start, c.End, c.Sentence, c.Who, c.DisputedBy);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
    }

    /// <summary>The first 16 hex digits: enough to tell two runs apart.</summary>
    public string Finish() => Convert.ToHexStringLower(hash.GetHashAndReset())[..16];

    public void Dispose() => hash.Dispose();

    private void Append(string kind, params object?[] fields)
    {
        line.Append(kind);
        foreach (var field in fields)
        {
            line.Append('\t').Append(Convert.ToString(field, CultureInfo.InvariantCulture) ?? "null");
        }
        line.Append('\n');
    }
}
