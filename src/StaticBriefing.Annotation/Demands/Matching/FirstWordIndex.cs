namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A cue set's patterns by their first word: for a token that carries the vocabulary's id of its
/// word, an array read; otherwise a lookup by the word itself.
/// </summary>
internal sealed class FirstWordIndex
{
    private readonly Dictionary<string, FirstWordCandidates> byWord = new(StringComparer.Ordinal);
    private readonly FirstWordCandidates?[]? byWordId;

    /// <param name="firstWords">Each first word with the indices of the patterns it starts, in order.</param>
    /// <param name="vocabulary">The vocabulary these first words were registered in, or null: then no ids.</param>
    public FirstWordIndex(CuePattern[] patterns, Dictionary<string, List<int>> firstWords, Vocabulary? vocabulary)
    {
        foreach (var (word, candidates) in firstWords)
        {
            byWord[word] = new FirstWordCandidates(patterns, candidates);
        }
        if (vocabulary is not null)
        {
            // Registered already: every first word has an id below the vocabulary's count now.
            byWordId = new FirstWordCandidates?[vocabulary.Count];
            foreach (var (word, candidates) in byWord)
            {
                byWordId[vocabulary.IdOf(word)] = candidates;
            }
        }
    }

    /// <summary>The patterns starting with the token's word, or null; by its id when it was looked up in the vocabulary.</summary>
    public FirstWordCandidates? Of(in Token token) =>
        byWordId is not null && token.Known
            ? (uint)token.WordId < (uint)byWordId.Length ? byWordId[token.WordId] : null
            : byWord.GetValueOrDefault(token.Norm);
}
