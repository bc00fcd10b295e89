using StaticBriefing.Annotation.Actors.Matching;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Everything the recognition steps share while reading one text. The lexicon hits are kept in
/// order of start, with a second order by end, so the lookups around a position are binary
/// searches rather than per-position lists.
/// </summary>
internal sealed class RecognitionState
{
    private readonly int[] sentenceStarts;
    private readonly int[] hitStarts;
    private readonly int[] byEnd;
    private readonly int[] byEndKeys;

    public RecognitionState(string text, EquatableArray<Sentence> sentences, LexiconIndex lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        Table = new ActorTable(lexicon.Reviewed);
        sentenceStarts = sentences.Select(s => s.Start).ToArray();
        Capitals = new CapitalRuns(text);
        lexicon.Trie.Scan(text, Hits, Capitals);
        hitStarts = new int[Hits.Count];
        byEnd = new int[Hits.Count];
        byEndKeys = new int[Hits.Count];
        for (var i = 0; i < Hits.Count; i++)
        {
            hitStarts[i] = Hits[i].Start;
            byEnd[i] = i;
            byEndKeys[i] = Hits[i].End;
        }
        Array.Sort(byEndKeys, byEnd);
    }

    public string Text { get; }

    public LexiconIndex Lexicon { get; }

    public ActorTable Table { get; }

    /// <summary>The country of the body that publishes the page, if it is one ("the President" on its own site is its president).</summary>
    public string? HomeCountry { get; init; }

    /// <summary>Lines and runs set in capitals, where names match in any case ("WHAT RUSSIA WANTS").</summary>
    public CapitalRuns Capitals { get; }

    /// <summary>The lexicon hits, in order of start; filled by the constructor and never changed after (the indexes above rely on it).</summary>
    public List<PhraseHit<LexiconEntry>> Hits { get; } = [];

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Where the titled form of a person's name ends → where it starts ("President NAME").</summary>
    public Dictionary<int, int> TitledStarts { get; } = [];

    /// <summary>Title words each actor was given ("minister"), where, for "the minister" later on.</summary>
    public List<(int Position, int Actor, string Head)> TitleHeads { get; } = [];

    /// <summary>The last words of listed people's names in this text, built on first use (<see cref="Recognition.ListedSurnames"/>).</summary>
    public Dictionary<string, int>? ListedSurnames { get; set; }

    /// <summary>Aliases learned while reading (discovered names, their surnames, acronyms).</summary>
    public LearnedAliasSet LearnedAliases { get; } = new();

    /// <summary>The longest hit of a kind starting at <paramref name="start"/>, if any.</summary>
    public PhraseHit<LexiconEntry>? LongestAt(int start, HitKind kind)
    {
        PhraseHit<LexiconEntry>? best = null;
        for (var i = FirstHitAtOrAfter(start); i < Hits.Count && Hits[i].Start == start; i++)
        {
            if (Hits[i].Value.Kind == kind && (best is null || Hits[i].End > best.Value.End))
            {
                best = Hits[i];
            }
        }
        return best;
    }

    /// <summary>The longest hit of a kind ending at <paramref name="end"/>, if any.</summary>
    public PhraseHit<LexiconEntry>? LongestEndingAt(int end, HitKind kind)
    {
        PhraseHit<LexiconEntry>? best = null;
        var index = SortedSearch.FirstIndexFrom(byEndKeys, end);
        for (; index < byEndKeys.Length && byEndKeys[index] == end; index++)
        {
            var hit = Hits[byEnd[index]];
            if (hit.Value.Kind == kind && (best is null || hit.Start < best.Value.Start))
            {
                best = hit;
            }
        }
        return best;
    }

    public PhraseHit<LexiconEntry>? LongestNameAt(int start) => LongestAt(start, HitKind.Name);

    public PhraseHit<LexiconEntry>? LongestNameEndingAt(int end) => LongestEndingAt(end, HitKind.Name);

    public bool IsNameOrAdjectiveAt(int start) => LongestAt(start, HitKind.Name) is not null || LongestAt(start, HitKind.Adjective) is not null;

    /// <summary>The index of the first hit starting at or after <paramref name="position"/>.</summary>
    public int FirstHitAtOrAfter(int position) => SortedSearch.FirstIndexFrom(hitStarts, position);

    /// <summary>The sentence holding a position (the last sentence starting at or before it).</summary>
    public int SentenceOf(int position)
    {
        var index = Array.BinarySearch(sentenceStarts, position);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    public int SentenceStart(int sentence) => sentenceStarts.Length == 0 ? 0 : sentenceStarts[sentence];

    public void Add(int start, int end, int actor, MentionForm form)
    {
        // A name never runs over a sentence break ("… col. | Donetsk …" when the splitter ends a sentence at "col.").
        if (actor >= 0 && end > start && SentenceOf(start) == SentenceOf(end - 1))
        {
            Candidates.Add(new Candidate(start, end, actor, form));
        }
    }
}
