using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;
using Xunit.Abstractions;

namespace StaticBriefing.Annotation.Tests.Demands;

public class TraceScratch(ITestOutputHelper output)
{
    [Fact]
    public void Trace()
    {
        var needle = Environment.GetEnvironmentVariable("TRACE") ?? "";
        var compiled = new CompiledDemandLexicon(LexiconFiles.Demands);
        var lines = new List<string>();
        foreach (var name in GoldHarness.Names)
        {
            var h = new GoldHarness(name);
            foreach (var s in h.Sentences)
            {
                var text = s.TextOf(h.Text);
                if (needle.Length == 0 || !text.Contains(needle)) continue;
                var mentions = h.Actors.SelectMany(a => a.Mentions.Where(m => m.Sentence == s.Index).Select(m => (m, a))).ToList();
                var tokens = new SentenceTokens(h.Text, s, mentions);
                var ctx = new SentenceContext(compiled, tokens);
                lines.Add("S: " + text);
                lines.Add("T: " + string.Join(" ", tokens.Tokens.Select((t, i) => $"{i}:{t.Norm}{(t.ClosesQuote ? "”" : "")}")));
                lines.Add("M: " + string.Join(" | ", tokens.Mentions.Select(m => $"{m.First}-{m.End} {m.Actor.Id}/{m.Actor.Party}")));
                lines.Add("I: " + string.Join(" | ", ctx.Issues.Select(i => $"{i.Start}-{i.End} {i.Issue.Id}")));
                lines.Add("St: " + string.Join(" | ", ctx.Stances.Select(i => $"{i.Start}-{i.End} {i.Cue.Cue}/{i.Cue.Kind}{(i.Backward ? "/back" : "")}")));
                lines.Add("SE: " + string.Join(" ", ctx.ScopeEnds.Matches.Select(m => m.Start)) + " CB: " + string.Join(" ", ctx.ClauseBreaks.Matches.Select(m => m.Start)) + " FE: " + ctx.FrontedEnd);
                var reader = new SentenceReader(compiled, ctx, new DiscourseMemory(), []);
                foreach (var e in reader.Read()) lines.Add($"  => {e.Party.Party} {e.Stance} {e.Issue.Id} [{e.First}-{e.End}] via {e.Party.ActorId}");
            }
        }
        File.WriteAllLines("/tmp/trace.txt", lines);
        output.WriteLine(string.Join('\n', lines));
    }
}
