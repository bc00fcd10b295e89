namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>A phrase found in the text: [Start, End) and what the phrase stands for.</summary>
internal readonly record struct PhraseHit<T>(int Start, int End, T Value);
