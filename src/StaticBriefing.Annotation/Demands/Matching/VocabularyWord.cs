namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>A word's shared string, whether a <see cref="Vocabulary"/> holds it, and then its cue bits and id (else -1).</summary>
public readonly record struct VocabularyWord(string Text, bool Known, ulong Mask, int Id = -1);
