namespace StaticBriefing.Annotation.Model;

/// <summary>
/// An actor found in a text. Reviewed actors come from the taxonomy; unreviewed ones were
/// discovered by pattern (a capitalised name after a title, "said X", …) and carry a generated id.
/// </summary>
public sealed record ActorAnnotation(
    string Id,
    string Name,
    ActorKind Kind,
    string Party,
    string Role,
    bool Reviewed,
    EquatableArray<Mention> Mentions);
