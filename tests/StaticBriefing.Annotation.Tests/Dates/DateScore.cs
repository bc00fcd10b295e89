namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>Relaxed-span counts: a prediction matches a gold body date it overlaps (one to one).</summary>
public sealed record DateScore(int Predicted, int Gold, int Matched, int ValueCorrect, int FullCorrect)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double ValueAccuracy => Matched == 0 ? 0 : (double)ValueCorrect / Matched;

    public double FullAccuracy => Matched == 0 ? 0 : (double)FullCorrect / Matched;

    public static DateScore operator +(DateScore a, DateScore b) =>
        new(a.Predicted + b.Predicted, a.Gold + b.Gold, a.Matched + b.Matched, a.ValueCorrect + b.ValueCorrect, a.FullCorrect + b.FullCorrect);

    public override string ToString() =>
        $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} value {ValueAccuracy:F3} value+type+mod {FullAccuracy:F3} ({Matched} matched of {Gold} gold, {Predicted} predicted)";
}
