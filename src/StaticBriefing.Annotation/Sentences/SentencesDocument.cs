namespace StaticBriefing.Annotation.Sentences;

/// <summary>input/sentences.yml as written.</summary>
internal sealed class SentencesDocument
{
    public required List<string> Abbreviations { get; set; }
}
