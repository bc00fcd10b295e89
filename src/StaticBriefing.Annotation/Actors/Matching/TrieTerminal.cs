namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>A phrase ending at a trie node, with the capitalisation it asks for and what it stands for.</summary>
internal sealed record TrieTerminal<T>(string Phrase, CaseRule Rule, T Value);
