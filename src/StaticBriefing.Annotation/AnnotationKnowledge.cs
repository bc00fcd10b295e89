using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation;

/// <summary>Everything the annotator knows, all of it loaded from input/ data.</summary>
/// <param name="Sentences">Abbreviations for the splitter (input/sentences.yml); none when null.</param>
public sealed record AnnotationKnowledge(ActorLexicon Actors, TemporalLexicon Temporal, DemandLexicon Demands, SentenceLexicon? Sentences = null);
