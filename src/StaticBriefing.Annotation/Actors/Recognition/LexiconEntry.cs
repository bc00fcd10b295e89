namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>The value behind a trie phrase: its kind, the actor it names (-1 for cue words) and its text.</summary>
internal readonly record struct LexiconEntry(HitKind Kind, int Actor, string Text);
