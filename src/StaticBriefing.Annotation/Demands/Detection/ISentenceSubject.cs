namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>Where a sentence's main subject is worked out, if a later sentence's pronoun asks for it.</summary>
public interface ISentenceSubject
{
    /// <summary>The sentence's own subject (or closing speaker), or none.</summary>
    IReadOnlyList<PartyRef> MainSubject();

    /// <summary>Whether that subject or speaker is a pronoun that refers back.</summary>
    bool MainSubjectIsPronoun();
}
