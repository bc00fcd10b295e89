using StaticBriefing.Annotation;
using StaticBriefing.Briefs;

namespace StaticBriefing.Editorial;

/// <summary>Everything in input/ besides the seeds: site settings, pages, the annotator's knowledge and the brief vocabulary built from it.</summary>
public sealed record EditorialData(SiteSettings Site, IReadOnlyList<EditorialPage> Pages, AnnotationKnowledge Knowledge, BriefVocabulary Vocabulary);
