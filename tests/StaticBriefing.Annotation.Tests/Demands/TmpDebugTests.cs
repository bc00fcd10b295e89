using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Model;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Demands;

public class TmpDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var text = Environment.GetEnvironmentVariable("DBG_TEXT") ?? "Kyiv said sanctions relief would not come until Russian troops pull out of Kherson.";
        var compiled = new CompiledDemandLexicon(LexiconFiles.Demands);
        var sentences = new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray();
        var t = new TokenizedText(compiled, text, sentences, EquatableArray<ActorAnnotation>.Empty);
        var c = t.Sentences[0];
        foreach (var s in c.Stances) output.WriteLine($"stance {s.Cue.Cue} {s.Cue.Kind} {s.Start}-{s.End} modal={s.Cue.Modal}");
        foreach (var i in c.Issues) output.WriteLine($"issue {i.Issue.Id} {i.Start}-{i.End}");
        output.WriteLine(string.Join(" ", c.Tokens.Tokens.Select((x, k) => $"{k}:{x.Norm}")));
    }
}
