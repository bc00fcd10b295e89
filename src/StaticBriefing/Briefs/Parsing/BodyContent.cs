namespace StaticBriefing.Briefs.Parsing;

/// <summary>What the body holds: its sentences and the annotation spans inside them, in text order.</summary>
public sealed record BodyContent(IReadOnlyList<BodySentence> Sentences, IReadOnlyList<BodySpan> Spans);
