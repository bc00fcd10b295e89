using StaticBriefing.Annotation.Actors.Recognition;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>
/// Finds the actors of a text: names, titles and composed descriptions from the taxonomy (one trie
/// scan), then people and organisations the taxonomy does not know, from cues (titles, bylines,
/// credit and copyright lines, datelines, speaker headings, outlet words, "according to", "said", "the commissioner, NAME,"), then collective
/// descriptions ("European leaders"), appositions, "the minister" anaphora and "his host".
/// </summary>
public sealed class ActorRecognizer(ActorLexicon lexicon)
{
    private readonly LexiconIndex index = new(lexicon);

    public ActorLexicon Lexicon { get; } = lexicon;

    public EquatableArray<ActorAnnotation> Recognize(string text, EquatableArray<Sentence> sentences)
    {
        var state = new RecognitionState(text, sentences, index);
        NameMentions.FindListed(state);
        RoleLines.Find(state);
        TitledNames.Find(state);
        LayoutDiscovery.Find(state);
        SpeakerLabels.Find(state);
        SpeakerHeadings.Find(state);
        CreditLines.Find(state);
        CueDiscovery.Find(state);
        AppositiveNames.Find(state);
        NamesBeforeAppositions.Find(state);
        OutletNames.Find(state);
        FirstNames.Learn(state);
        NameMentions.FindLearned(state);
        ComposedDescriptions.Find(state);
        CollectiveDescriptions.Find(state);
        Anaphora.Find(state);
        NounAnaphora.Find(state);
        Appositives.Find(state);
        Counterparts.Find(state);
        return MentionResolver.Resolve(state);
    }
}
