using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates;

/// <summary>Tokenizes data phrases the same way as text, registering their words in the vocabulary.</summary>
internal sealed class PhraseIds(Vocabulary vocabulary, TemporalDataCheck check)
{
    public int[] Of(string field, string phrase)
    {
        var tokens = TemporalTokenizer.Tokenize(phrase, 0, phrase.Length, vocabulary, [], addWords: true);
        check.That(tokens.Count > 0, field, "an empty phrase", field + ":");
        check.That(tokens.All(t => t.Kind != TokenKind.Number), field, $"'{phrase}' must not contain digits", phrase);
        return tokens.Select(t => t.WordId).ToArray();
    }

    public int Word(string field, string word)
    {
        var ids = Of(field, word);
        check.That(ids.Length == 1, field, $"'{word}' must be a single word", word);
        return ids[0];
    }

    public HashSet<int> Set(string field, IEnumerable<string> words) => words.Select(w => Word(field, w)).ToHashSet();
}
