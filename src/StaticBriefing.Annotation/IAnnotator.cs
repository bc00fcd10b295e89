using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation;

/// <summary>Text in, annotations out. No I/O and no clock: the publication date is an argument.</summary>
public interface IAnnotator
{
    AnnotatedText Annotate(string text, ReferenceDate published);

    /// <summary>
    /// Annotates a page whose publisher is known (the outlet the reader found): when the publisher
    /// is itself an actor ("European Council"), the page's unattributed statements are its own.
    /// </summary>
    AnnotatedText Annotate(string text, ReferenceDate published, string? publisher);
}
