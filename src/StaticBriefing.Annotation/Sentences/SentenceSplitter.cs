using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Sentences;

// PLACEHOLDER (owned by the sentences/actors helper): replace with the real splitter.
public sealed class SentenceSplitter
{
    public EquatableArray<Sentence> Split(string text) =>
        text.Length == 0 ? EquatableArray<Sentence>.Empty : new[] { new Sentence(0, 0, text.Length) }.ToEquatableArray();
}
