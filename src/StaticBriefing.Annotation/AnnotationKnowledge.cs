using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;

namespace StaticBriefing.Annotation;

/// <summary>Everything the annotator knows, all of it loaded from input/ data.</summary>
public sealed record AnnotationKnowledge(ActorLexicon Actors, TemporalLexicon Temporal, DemandLexicon Demands);
