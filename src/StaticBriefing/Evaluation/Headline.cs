namespace StaticBriefing.Evaluation;

/// <summary>The article's headline, which the gold codes as text and the reader takes into metadata.</summary>
internal static class Headline
{
    public const string NotAnnotated = " (in the headline: metadata, not annotated)";

    public static bool Is(string sentence, string? headline) =>
        headline is not null && TextLocator.Normalize(sentence) == TextLocator.Normalize(headline);
}
