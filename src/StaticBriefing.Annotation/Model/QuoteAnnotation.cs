namespace StaticBriefing.Annotation.Model;

/// <summary>A direct quote: [Start, End) covers the quoted words without the quote marks.</summary>
public sealed record QuoteAnnotation(int Start, int End, int Sentence, string? SpeakerId);
