namespace StaticBriefing.Evaluation;

/// <summary>(party, stance, issue): what the demand scorer compares, after equivalences.</summary>
public sealed record DemandTriple(string Party, string Stance, string Issue)
{
    public override string ToString() => $"{Party} {Stance} {Issue}";
}
