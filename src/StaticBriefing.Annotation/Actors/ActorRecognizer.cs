using StaticBriefing.Annotation.Actors.Recognition;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors;

/// <summary>
/// Finds the actors of a text: names, titles and composed descriptions from the taxonomy (one trie
/// scan), then people and organisations the taxonomy does not know, from cues (titles, bylines,
/// credit and copyright lines, cited authors ("Surname, Given (date)."), datelines, speaker headings, outlet words, "according to", "said", "the commissioner, NAME,"), then collective
/// descriptions ("European leaders"), appositions, "the minister" and "the court" anaphora and "his host".
/// </summary>
public sealed class ActorRecognizer(ActorLexicon lexicon)
{
    private readonly LexiconIndex index = new(lexicon);

    public ActorLexicon Lexicon { get; } = lexicon;

    public EquatableArray<ActorAnnotation> Recognize(string text, EquatableArray<Sentence> sentences) => Recognize(text, sentences, homeCountry: null);

    /// <summary>Recognises the actors of a page published by a body of <paramref name="homeCountry"/> (a country key, see <see cref="HomeCountryOf"/>).</summary>
    public EquatableArray<ActorAnnotation> Recognize(string text, EquatableArray<Sentence> sentences, string? homeCountry)
    {
        var state = new RecognitionState(text, sentences, index) { HomeCountry = homeCountry };
        NameMentions.FindListed(state);
        RoleLines.Find(state);
        SignatureLines.Find(state);
        OfficeAppositions.Find(state);
        TitledNames.Find(state);
        LayoutDiscovery.Find(state);
        ForumHandles.Find(state);
        SpeakerLabels.Find(state);
        TimecodeSpeakerLines.Find(state);
        SpeakerHeadings.Find(state);
        CreditLines.Find(state);
        CitationAuthors.Find(state);
        CueDiscovery.Find(state);
        AppositiveNames.Find(state);
        NamesBeforeAppositions.Find(state);
        OutletNames.Find(state);
        FirstNames.Learn(state);
        NameMentions.FindLearned(state);
        ComposedDescriptions.Find(state);
        SpeakerStatePossessives.Find(state);
        CollectiveDescriptions.Find(state);
        Anaphora.Find(state);
        NounAnaphora.Find(state);
        NameHeadAnaphora.Find(state);
        ShortNameAnaphora.Find(state);
        Appositives.Find(state);
        LabelRoles.Find(state);
        Counterparts.Find(state);
        return MentionResolver.Resolve(state);
    }

    /// <summary>The country a listed actor answers to (itself for a state), or null for an actor not in the taxonomy.</summary>
    public string? HomeCountryOf(ActorAnnotation? actor) =>
        actor is null ? null : Lexicon.Actors.FirstOrDefault(definition => definition.Id == actor.Id)?.CountryKey;

    /// <summary>
    /// The listed actor a page's publisher names ("European Council", "U.S. State Department"), when
    /// the whole name is one of its names and it is not a news organisation: such a page speaks in
    /// that actor's own voice. Null for a newspaper, an agency or a name the taxonomy does not know.
    /// </summary>
    public ActorAnnotation? Publisher(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        var whole = Recognize(trimmed, new[] { new Sentence(0, 0, trimmed.Length) }.ToEquatableArray())
            .FirstOrDefault(actor => actor.Reviewed && actor.Mentions.Any(mention => mention.Start == 0 && mention.End == trimmed.Length));
        return whole is not null && !Lexicon.Actors.Any(actor => actor.Id == whole.Id && actor.Media) ? whole : null;
    }
}
