namespace StaticBriefing.Evaluation;

/// <summary>
/// Counts for precision/recall/F1. An empty side scores 1 (nothing predicted means nothing wrong;
/// nothing to find means nothing missed), so F1 is 0 only when something was wrong or missed.
/// </summary>
public sealed record Tally(int Correct, int Predicted, int Gold)
{
    public static Tally Zero { get; } = new(0, 0, 0);

    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Tally operator +(Tally left, Tally right) =>
        new(left.Correct + right.Correct, left.Predicted + right.Predicted, left.Gold + right.Gold);
}
