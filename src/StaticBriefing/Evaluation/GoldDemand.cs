namespace StaticBriefing.Evaluation;

public sealed record GoldDemand(string Party, string Stance, string Issue, string Sentence);
