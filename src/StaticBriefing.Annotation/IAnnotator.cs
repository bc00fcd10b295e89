using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation;

/// <summary>Text in, annotations out. No I/O and no clock: the publication date is an argument.</summary>
public interface IAnnotator
{
    AnnotatedText Annotate(string text, ReferenceDate published);
}
