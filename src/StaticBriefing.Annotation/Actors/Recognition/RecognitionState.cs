using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>Everything the recognition steps share while reading one text.</summary>
internal sealed class RecognitionState
{
    private readonly Dictionary<int, List<PhraseHit<LexiconEntry>>> hitsByStart = [];
    private readonly Dictionary<int, List<PhraseHit<LexiconEntry>>> hitsByEnd = [];
    private readonly int[] sentenceStarts;

    public RecognitionState(string text, EquatableArray<Sentence> sentences, LexiconIndex lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Table = new ActorTable(lexicon.Actors);
        sentenceStarts = sentences.Select(s => s.Start).ToArray();
        lexicon.Trie.Scan(text, Hits);
        foreach (var hit in Hits)
        {
            Index(hitsByStart, hit.Start, hit);
            Index(hitsByEnd, hit.End, hit);
        }
    }

    public string Text { get; }

    public LexiconIndex Lexicon { get; }

    public ActorTable Table { get; }

    public List<PhraseHit<LexiconEntry>> Hits { get; } = [];

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Title words each actor was given ("minister"), where, for "the minister" later on.</summary>
    public List<(int Position, int Actor, string Head)> TitleHeads { get; } = [];

    /// <summary>Dynamic aliases found while reading (surnames of discovered people, acronyms).</summary>
    public List<(string Alias, int Actor)> LearnedAliases { get; } = [];

    public IEnumerable<PhraseHit<LexiconEntry>> HitsStartingAt(int start, HitKind kind) =>
        hitsByStart.TryGetValue(start, out var hits) ? hits.Where(h => h.Value.Kind == kind) : [];

    public IEnumerable<PhraseHit<LexiconEntry>> HitsEndingAt(int end, HitKind kind) =>
        hitsByEnd.TryGetValue(end, out var hits) ? hits.Where(h => h.Value.Kind == kind) : [];

    /// <summary>The longest name starting at <paramref name="start"/>, if any.</summary>
    public PhraseHit<LexiconEntry>? LongestNameAt(int start) =>
        HitsStartingAt(start, HitKind.Name).OrderByDescending(h => h.End).Cast<PhraseHit<LexiconEntry>?>().FirstOrDefault();

    /// <summary>The longest name ending at <paramref name="end"/>, if any.</summary>
    public PhraseHit<LexiconEntry>? LongestNameEndingAt(int end) =>
        HitsEndingAt(end, HitKind.Name).OrderBy(h => h.Start).Cast<PhraseHit<LexiconEntry>?>().FirstOrDefault();

    public bool IsNameOrAdjectiveAt(int start) =>
        HitsStartingAt(start, HitKind.Name).Any() || HitsStartingAt(start, HitKind.Adjective).Any();

    /// <summary>The sentence holding a position (the last sentence starting at or before it).</summary>
    public int SentenceOf(int position)
    {
        var index = Array.BinarySearch(sentenceStarts, position);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    public int SentenceStart(int sentence) => sentenceStarts.Length == 0 ? 0 : sentenceStarts[sentence];

    public void Add(int start, int end, int actor, MentionForm form)
    {
        if (actor >= 0 && end > start)
        {
            Candidates.Add(new Candidate(start, end, actor, form));
        }
    }

    private static void Index(Dictionary<int, List<PhraseHit<LexiconEntry>>> map, int key, PhraseHit<LexiconEntry> hit)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }
        list.Add(hit);
    }
}
