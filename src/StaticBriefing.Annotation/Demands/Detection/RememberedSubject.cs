namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>
/// One sentence's subject in the discourse memory, worked out on first use and kept: its own, or for a
/// pronoun subject the one it refers back to as the memory stood then. One object per sentence, where a
/// Lazy, its closure and delegates were several.
/// </summary>
internal sealed class RememberedSubject
{
    private ISentenceSubject? source;
    private int age;
    private RememberedSubject? last;
    private RememberedSubject? before;
    private IReadOnlyList<PartyRef>? value;

    private RememberedSubject(IReadOnlyList<PartyRef> value) => this.value = value;

    /// <param name="age">The memory's subject age when this sentence was remembered.</param>
    /// <param name="last">The memory's last subject then, and the one before it.</param>
    public RememberedSubject(ISentenceSubject source, int age, RememberedSubject last, RememberedSubject before)
    {
        this.source = source;
        this.age = age;
        this.last = last;
        this.before = before;
    }

    /// <summary>No subject: what the memory holds before the first sentence.</summary>
    public static RememberedSubject None() => new([]);

    public IReadOnlyList<PartyRef> Value => value ??= WorkOut();

    /// <summary>The last subject, if not older than one sentence, or, when it had none, the one before.</summary>
    public static IReadOnlyList<PartyRef> Of(int age, RememberedSubject last, RememberedSubject before) =>
        age > 1 ? [] : last.Value.Count > 0 ? last.Value : before.Value;

    private IReadOnlyList<PartyRef> WorkOut()
    {
        var own = source!.MainSubject();
        var subject = own.Count > 0 ? own : source.MainSubjectIsPronoun() ? Of(age, last!, before!) : [];
        // Worked out once: let go of the sentence and the older subjects.
        (source, last, before) = (null, null, null);
        return subject;
    }
}
