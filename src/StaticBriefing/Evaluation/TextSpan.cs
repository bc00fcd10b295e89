namespace StaticBriefing.Evaluation;

/// <summary>[Start, End) in the annotated text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
