namespace StaticBriefing.Evaluation;

/// <summary>The article's title when the cleaned text does not open with it (a sidecar replaced it): gold items there cannot be annotated.</summary>
internal static class Headline
{
    public const string NotAnnotated = " (in the headline: metadata, not annotated)";

    public static bool Is(string sentence, string? headline) =>
        headline is not null && TextLocator.Normalize(sentence) == TextLocator.Normalize(headline);
}
