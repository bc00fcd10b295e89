using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// Finds who demands, proposes, rejects, accepts or offers what, sentence by sentence, from the
/// issue and stance cues of the lexicon and the actors already recognised. Linear in the text:
/// every sentence is tokenised once and each cue set is scanned once.
/// </summary>
public sealed class DemandDetector(DemandLexicon lexicon)
{
    private readonly CompiledDemandLexicon compiled = new(lexicon);

    public DemandLexicon Lexicon { get; } = lexicon;

    public EquatableArray<DemandAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes)
    {
        var mentions = MentionsBySentence(actors);
        var speakers = new QuoteSpeakers(actors, quotes);
        var memory = new DiscourseMemory();
        var found = new List<DemandAnnotation>();
        foreach (var sentence in sentences)
        {
            var tokens = new SentenceTokens(text, sentence, mentions.GetValueOrDefault(sentence.Index) ?? []);
            var context = new SentenceContext(compiled, tokens);
            var reader = new SentenceReader(compiled, context, memory, speakers.SpeakerOf(sentence));
            foreach (var entry in reader.Read())
            {
                var start = tokens.Tokens[entry.First].Start;
                var end = tokens.Tokens[entry.End - 1].End;
                found.Add(new DemandAnnotation(entry.Party.Party, entry.Issue.Id, entry.Stance, sentence.Index, start, end, entry.Party.ActorId));
            }
            memory.Remember(reader.NamedIssues(), reader.DemandedIssues(), reader.Demanders(), reader.MainSubject);
        }
        return found.ToEquatableArray();
    }

    private static Dictionary<int, List<(Mention, ActorAnnotation)>> MentionsBySentence(EquatableArray<ActorAnnotation> actors)
    {
        var bySentence = new Dictionary<int, List<(Mention, ActorAnnotation)>>();
        foreach (var actor in actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if (!bySentence.TryGetValue(mention.Sentence, out var list))
                {
                    bySentence[mention.Sentence] = list = [];
                }
                list.Add((mention, actor));
            }
        }
        return bySentence;
    }
}
