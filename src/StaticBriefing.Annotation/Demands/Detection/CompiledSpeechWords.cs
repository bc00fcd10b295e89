using StaticBriefing.Annotation.Demands.Matching;

namespace StaticBriefing.Annotation.Demands.Detection;

/// <summary>The <see cref="SpeechGrammar"/> lists compiled into cue sets.</summary>
public sealed class CompiledSpeechWords(SpeechGrammar grammar, Vocabulary vocabulary)
{
    public CueSet Delegates { get; } = CueSet.Of(grammar.Delegates, vocabulary);

    public CueSet Copulas { get; } = CueSet.Of(grammar.Copulas, vocabulary);

    public CueSet RequestVerbs { get; } = CueSet.Of(grammar.RequestVerbs, vocabulary);

    public CueSet Refusals { get; } = CueSet.Of(grammar.Refusals, vocabulary);

    public CueSet Hypotheticals { get; } = CueSet.Of(grammar.Hypotheticals, vocabulary);

    public CueSet ReportingVerbs { get; } = CueSet.Of(grammar.ReportingVerbs, vocabulary);
}
