namespace StaticBriefing.Evaluation;

/// <summary>
/// A gold claim: Who and DisputedBy are an actor id of the gold file, a party value or "narrator"
/// (DisputedBy null when the text records no dispute); Claim is a paraphrase, Sentence the exact sentence.
/// </summary>
public sealed record GoldClaim(string Who, string Claim, string Sentence, string? DisputedBy);
