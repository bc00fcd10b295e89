namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>A word's shared string, whether a <see cref="Vocabulary"/> holds it, and then its cue bits.</summary>
public readonly record struct VocabularyWord(string Text, bool Known, ulong Mask);
