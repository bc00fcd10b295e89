using StaticBriefing.Annotation.Demands.Detection;
using StaticBriefing.Annotation.Demands.Detection.Lists;
using StaticBriefing.Annotation.Demands.Detection.Reading;
using StaticBriefing.Annotation.Demands.Detection.Speakers;
using StaticBriefing.Annotation.Demands.Detection.Subjects;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands;

/// <summary>
/// Finds who demands, proposes, rejects, accepts or offers what, sentence by sentence, from the
/// issue and stance cues of the lexicon and the actors already recognised. Linear in the text:
/// every sentence is tokenised once and each cue set is scanned once.
/// </summary>
public sealed class DemandDetector
{
    private readonly CompiledDemandLexicon compiled;

    public DemandDetector(DemandLexicon lexicon)
        : this(new CompiledDemandLexicon(lexicon))
    {
    }

    /// <summary>Shares the compiled lexicon (and so the tokenisation) with the claim detector.</summary>
    public DemandDetector(CompiledDemandLexicon compiled)
    {
        this.compiled = compiled;
        Lexicon = compiled.Source;
    }

    public DemandLexicon Lexicon { get; }

    public EquatableArray<DemandAnnotation> Detect(string text, EquatableArray<Sentence> sentences, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes) =>
        Detect(new TokenizedText(compiled, text, sentences, actors), actors, quotes);

    /// <summary>Reads positions from a text already tokenised with this detector's lexicon.</summary>
    public EquatableArray<DemandAnnotation> Detect(TokenizedText tokenized, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes) =>
        Detect(tokenized, actors, quotes, publisher: null);

    /// <summary>
    /// As <see cref="Detect(TokenizedText, EquatableArray{ActorAnnotation}, EquatableArray{QuoteAnnotation})"/>, on a page
    /// published by an actor: a sentence no quotation, label or attribution gives to anyone else is the publisher's.
    /// </summary>
    public EquatableArray<DemandAnnotation> Detect(TokenizedText tokenized, EquatableArray<ActorAnnotation> actors, EquatableArray<QuoteAnnotation> quotes, ActorAnnotation? publisher)
    {
        tokenized.CheckLexicon(compiled);
        var sentences = tokenized.Sentences.Select(context => context.Tokens.Sentence).ToEquatableArray();
        var speakers = new QuoteSpeakers(actors, quotes, sentences);
        var voice = PageVoice.Of(compiled, tokenized, actors, quotes, publisher);
        var passages = new PassageSpeakers(tokenized.Text, sentences, actors);
        var memory = new DiscourseMemory();
        var found = new List<DemandAnnotation>();
        ListPosition? list = null;
        foreach (var context in tokenized.Sentences)
        {
            var tokens = context.Tokens;
            var sentence = tokens.Sentence;
            if (PositionHeading.Read(compiled, context, tokenized.Text) is { } heading)
            {
                list = heading;
                continue;
            }
            list = list is not null && ListLine.IsItem(tokenized.Text, context) ? list : null;
            if (list is not null && PositionListReader.Read(compiled, context, list) is { } items)
            {
                AddAll(found, tokens, items);
                continue;
            }
            var documentAuthor = memory.RecentDocumentAuthor;
            var termsAuthor = documentAuthor.Count > 0 ? documentAuthor : ProvisionReader.OwnedProposalSubject(compiled, context);
            var headline = sentence.Index == 0 && HeadingLine.Is(tokenized.Text, sentence);
            if (IsQuestion(tokens) || (context.Stances.Count == 0 && !context.Issues.Any(hit => hit.Issue.SourceStance is not null) && !HasNegatedIssue(context)))
            {
                // Nothing to read; remember the issues named for anaphora in the next sentences.
                var terms = ProvisionReader.Read(compiled, context, termsAuthor, []);
                AddAll(found, tokens, terms);
                if (headline)
                {
                    continue;
                }
                var subjects = new SubjectFinder(compiled, context, documentAuthor: documentAuthor);
                memory.Remember(MemoryLists.IssuesOf(context.Issues), [], [], subjects);
                memory.RememberDocument(context.Documents.Matches.Count > 0 || IsPlanTerm(context, documentAuthor), OwnerIfNoneInMind(context, documentAuthor));
                memory.RememberProposals(MemoryLists.Proposed(terms, []));
                continue;
            }
            // A labelled speech, and the publisher's own voice, yield to an attribution in the sentence itself ("…, the Kremlin said").
            var speaker = speakers.SpeakerOf(sentence) is { Count: > 0 } quoted ? quoted
                : context.Attributions.Matches.Count > 0 && !OpensInFirstPerson(tokens) ? []
                : passages.SpeakerOf(sentence) is { Count: > 0 } labelled ? labelled
                : voice;
            var reader = new SentenceReader(compiled, context, memory, speaker);
            var positions = reader.Read();
            AddAll(found, tokens, positions.Entries);
            var provisions = ProvisionReader.Read(compiled, context, termsAuthor, positions.Entries);
            AddAll(found, tokens, provisions);
            if (headline)
            {
                continue;
            }
            memory.Remember(positions.NamedIssues(), positions.DemandedIssues(), positions.Demanders(), reader);
            memory.RememberDocument(context.Documents.Matches.Count > 0 || IsPlanTerm(context, documentAuthor), positions.Proposers() is { Count: > 0 } proposers ? proposers : OwnerIfNoneInMind(context, documentAuthor));
            memory.RememberProposals(MemoryLists.Proposed(positions.Entries, provisions));
        }
        return found.ToEquatableArray();
    }

    private static void AddAll(List<DemandAnnotation> found, Matching.SentenceTokens tokens, IReadOnlyList<DemandEntry> entries)
    {
        // A speaker of no known party ("we" under a label naming an unknown person) takes no position the site can file.
        foreach (var entry in entries)
        {
            if (entry.Party.Party == PartyRef.NoParty || !entry.Issue.CanBeTakenBy(entry.Party.Party, entry.Stance))
            {
                continue;
            }
            var start = tokens.Tokens[entry.First].Start;
            var end = tokens.Tokens[entry.End - 1].End;
            var stance = entry.Issue.StanceFor(entry.Party.Party, entry.Stance);
            if (stance != entry.Stance && entries.Any(other => other.Party.Party == entry.Party.Party && other.Issue == entry.Issue && other.Stance == stance))
            {
                // The sentence already has the party's proposal.
                continue;
            }
            found.Add(new DemandAnnotation(entry.Party.Party, entry.Issue.Id, stance, tokens.Sentence.Index, start, end, entry.Party.ActorId));
        }
    }

    /// <summary>
    /// "the American framework": an owned document names its author when no plan is in mind; one named in
    /// passing ("closer to Moscow's memorandum") does not take the plan in mind from its author.
    /// </summary>
    private IReadOnlyList<PartyRef> OwnerIfNoneInMind(SentenceContext context, IReadOnlyList<PartyRef> documentAuthor) =>
        documentAuthor.Count > 0 ? [] : DocumentOwners.Of(compiled, context);

    /// <summary>A term of the plan in mind keeps the plan in mind, whether or not a stance cue already read it.</summary>
    private bool IsPlanTerm(SentenceContext context, IReadOnlyList<PartyRef> documentAuthor) =>
        documentAuthor.Count > 0 && ProvisionReader.IsProvision(compiled, context);

    /// <summary>"Did Kyiv cancel the election?": a question asks; it states no position (its issues are still in mind).</summary>
    private bool IsQuestion(Matching.SentenceTokens tokens) =>
        tokens.Count > 0 && compiled.Grammar.QuestionMarks.Contains(tokens.Tokens[^1].Norm);

    /// <summary>"We also confirmed that …": the page's own "we" reporting its own words is still the page's voice.</summary>
    private bool OpensInFirstPerson(Matching.SentenceTokens tokens) =>
        tokens.Count > 0 && compiled.Grammar.FirstPersonPronouns.Contains(tokens.Word(0));

    private static bool HasNegatedIssue(SentenceContext context) =>
        context.Issues.Count > 0 && context.Negators.Matches.Count > 0;
}
