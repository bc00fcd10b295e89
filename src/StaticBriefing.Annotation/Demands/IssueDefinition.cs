using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// A demand issue of the taxonomy (input/issues.yml): id, label and the phrases that name it.
/// The optional members say how a bare mention takes a stance: <see cref="AgendaStance"/> for a
/// neutral cue ("talks will focus on …"), <see cref="SourceStance"/> for "… from X" (military aid
/// from X: X offers it), <see cref="StanceMap"/> to re-read a stance for this issue (a threat of
/// military aid offers it), and <see cref="Opposite"/> the issue whose rejection this one demands.
/// </summary>
public sealed record IssueDefinition(string Id, string Label, EquatableArray<string> Cues)
{
    public Stance AgendaStance { get; init; } = Stance.Proposes;

    public Stance? SourceStance { get; init; }

    public EquatableArray<StanceRemap> StanceMap { get; init; }

    public string? Opposite { get; init; }

    /// <summary>Parties the issue is aimed at, which never seek it ("sanctions" for the sanctioned): a reading that has them demand, propose or offer it named the wrong party.</summary>
    public EquatableArray<string> NotSoughtBy { get; init; }

    /// <summary>Parties the issue is for, which never turn it down (relief for the sanctioned): a reading that has them reject it named the wrong party.</summary>
    public EquatableArray<string> NotRefusedBy { get; init; }

    /// <summary>
    /// Parties that adopt this measure themselves (the EU its sanctions packages): what they ask for of it
    /// they put forward, so a demand of theirs is a proposal ("urged member states to adopt the package").
    /// </summary>
    public EquatableArray<string> AdoptedBy { get; init; }

    /// <summary>The stance <paramref name="party"/> takes when read as taking <paramref name="stance"/>: a demand of an adopter proposes.</summary>
    public Stance StanceFor(string party, Stance stance) =>
        stance == Stance.Demands && AdoptedBy.Contains(party) ? Stance.Proposes : stance;

    /// <summary>Nouns that, after a determiner, refer back to this issue when it was named shortly before ("the invitation", "such exchanges").</summary>
    public EquatableArray<string> ReferredToAs { get; init; }

    /// <summary>Longer phrases holding one of its cues that name no issue ("guarantees from the other member states" of a loan).</summary>
    public EquatableArray<string> NotCues { get; init; }

    /// <summary>Phrases naming this issue and a second one at once ("a ceasefire along the current line").</summary>
    public EquatableArray<JointCue> JointCues { get; init; }

    /// <summary>What a not-cue maps to: it wins over the cues it covers, and is then dropped.</summary>
    public static IssueDefinition None { get; } = new(string.Empty, string.Empty, EquatableArray<string>.Empty);

    /// <summary>Whether <paramref name="party"/> can take <paramref name="stance"/> on this issue.</summary>
    public bool CanBeTakenBy(string party, Stance stance) =>
        stance == Stance.Rejects ? !NotRefusedBy.Contains(party)
            : stance is not (Stance.Demands or Stance.Proposes or Stance.Offers) || !NotSoughtBy.Contains(party);

    public Stance Remap(Stance stance)
    {
        foreach (var remap in StanceMap)
        {
            if (remap.From == stance)
            {
                return remap.To;
            }
        }
        return stance;
    }

    /// <summary>
    /// Hashes the id alone: ids are unique in the taxonomy, so equal definitions still hash alike,
    /// and hash sets of issues (read for every stance) no longer hash every cue phrase.
    /// </summary>
    public override int GetHashCode() => Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id);
}
