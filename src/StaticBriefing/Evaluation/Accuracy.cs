namespace StaticBriefing.Evaluation;

/// <summary>Correct out of Total; 1 when there was nothing to judge.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public static Accuracy Zero { get; } = new(0, 0);

    public double Value => Total == 0 ? 1 : (double)Correct / Total;

    public static Accuracy operator +(Accuracy left, Accuracy right) =>
        new(left.Correct + right.Correct, left.Total + right.Total);
}
