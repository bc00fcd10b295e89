namespace StaticBriefing.Annotation.Model;

/// <summary>A sentence of the annotated text: [Start, End) character offsets, Index in text order.</summary>
public sealed record Sentence(int Index, int Start, int End)
{
    public string TextOf(string text) => text[Start..End];
}
