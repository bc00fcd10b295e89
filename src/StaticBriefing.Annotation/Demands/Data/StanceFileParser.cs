using StaticBriefing.Annotation.Claims;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>Reads input/stances.yml: stance cues, the grammar lists and the claim cues, strictly.</summary>
public static class StanceFileParser
{
    public static (EquatableArray<StanceCue> Cues, StanceGrammar Grammar, ClaimLexicon Claims) Parse(DataFile file, IReadOnlySet<string> issueIds)
    {
        var document = StrictYaml.Deserialize<StancesDocument>(file.Text, file.Name);
        var checks = new CueChecks(file, new YamlLines(file.Text));
        var cues = new List<StanceCue>();
        void Add(List<string> list, StanceCueKind kind, string field) =>
            cues.AddRange(checks.Cues(list, field).Select(cue => new StanceCue(cue, kind, EquatableArray<string>.Empty)));
        Add(document.Stances.Demands, StanceCueKind.Demands, "demands");
        Add(document.Stances.Proposes, StanceCueKind.Proposes, "proposes");
        Add(document.Stances.Rejects, StanceCueKind.Rejects, "rejects");
        Add(document.Stances.Accepts, StanceCueKind.Accepts, "accepts");
        Add(document.Stances.Offers, StanceCueKind.Offers, "offers");
        Add(document.Stances.Agenda, StanceCueKind.Agenda, "agenda");
        Add(document.Stances.Neutral, StanceCueKind.Neutral, "neutral");
        Add(document.Conditions, StanceCueKind.Condition, "conditions");
        Add(document.ConditionNouns, StanceCueKind.ConditionNoun, "condition_nouns");
        // Modals and verdicts: per-stance lists of cues read in a way of their own.
        void AddMarked(ModalLists lists, string field, Func<StanceCue, StanceCue> mark)
        {
            foreach (var (list, kind) in new[] { (lists.Demands, StanceCueKind.Demands), (lists.Proposes, StanceCueKind.Proposes),
                (lists.Rejects, StanceCueKind.Rejects), (lists.Accepts, StanceCueKind.Accepts), (lists.Offers, StanceCueKind.Offers) })
            {
                cues.AddRange(checks.Cues(list, field).Select(cue => mark(new StanceCue(cue, kind, EquatableArray<string>.Empty))));
            }
        }
        AddMarked(document.Modals, "modals", cue => cue with { Modal = true });
        AddMarked(document.Verdicts, "verdicts", cue => cue with { Verdict = true });
        foreach (var restricted in document.Restricted)
        {
            foreach (var issue in restricted.Issues.Where(issue => !issueIds.Contains(issue)))
            {
                throw checks.Error(issue, "issues", $"unknown issue '{issue}'");
            }
            var stance = checks.Stance(restricted.Stance, "stance");
            checks.Cues([restricted.Cue], "cue");
            cues.Add(new StanceCue(restricted.Cue, StanceCue.KindOf(stance), restricted.Issues.ToEquatableArray()) { Enacted = restricted.Enacted });
        }
        return (cues.ToEquatableArray(), Grammar(document, checks), Claims(document.Claims, checks));
    }

    private static StanceGrammar Grammar(StancesDocument document, CueChecks checks)
    {
        if (document.NegationWindow is < 0 or > 10)
        {
            throw checks.Error(document.NegationWindow.ToString(System.Globalization.CultureInfo.InvariantCulture), "negation_window", "must be between 0 and 10");
        }
        if (document.MaxScope is < 1 or > 200)
        {
            throw checks.Error(document.MaxScope.ToString(System.Globalization.CultureInfo.InvariantCulture), "max_scope", "must be between 1 and 200");
        }
        return new StanceGrammar
        {
            AgentLinks = checks.Cues(document.AgentLinks, "agent_links"),
            Negators = checks.Cues(document.Negators, "negators"),
            NegationWindow = document.NegationWindow,
            MaxScope = document.MaxScope,
            ScopeEnds = checks.Cues(document.ScopeEnds, "scope_ends"),
            ClauseBreaks = checks.Cues(document.ClauseBreaks, "clause_breaks"),
            Fronted = checks.Cues(document.Fronted, "fronted"),
            Prepositions = checks.Cues(document.Prepositions, "prepositions"),
            Determiners = checks.Cues(document.Determiners, "determiners"),
            Coordinators = checks.Cues(document.Coordinators, "coordinators"),
            Shields = checks.Cues(document.Shields, "shields"),
            Speech = new SpeechGrammar
            {
                Delegates = checks.Cues(document.Delegates, "delegates"),
                Copulas = checks.Cues(document.Copulas, "copulas"),
                RequestVerbs = checks.Cues(document.RequestVerbs, "request_verbs"),
                Refusals = checks.Cues(document.Refusals, "refusals"),
                Hypotheticals = checks.Cues(document.Hypotheticals, "hypotheticals"),
                ReportingVerbs = checks.Cues(document.ReportingVerbs, "reporting_verbs"),
            },
            SourceLinks = checks.Cues(document.SourceLinks, "source_links"),
            AddresseeLinks = checks.Cues(document.AddresseeLinks, "addressee_links"),
            PrincipalParties = document.PrincipalParties.ToEquatableArray(),
            Collectives = checks.Cues(document.Collectives, "collectives"),
            SingularAnaphors = checks.Cues(document.Anaphors.Singular, "singular"),
            PluralAnaphors = checks.Cues(document.Anaphors.Plural, "plural"),
            ProVerbs = checks.Cues(document.Anaphors.ProVerbs, "pro_verbs"),
            Anaphora = new AnaphorWords
            {
                ReferenceDeterminers = Lowercase(document.Anaphors.ReferenceDeterminers),
                PronounAdverbs = Lowercase(document.Anaphors.PronounAdverbs),
                OfferedNouns = Lowercase(document.Anaphors.OfferedNouns),
                RestatingNouns = Lowercase(document.Anaphors.RestatingNouns),
            },
            Pronouns = checks.Cues(document.Pronouns, "pronouns"),
            ProposalDocuments = checks.Cues(document.Documents.Proposals, "proposals"),
            PositionDocuments = checks.Cues(document.Documents.Positions, "positions"),
            DocumentStanceMap = document.DocumentStances
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new StanceRemap(checks.Stance(pair.Key, "document_stances"), checks.Stance(pair.Value, "document_stances")))
                .ToEquatableArray(),
            StanceNouns = checks.Cues(document.StanceNouns, "stance_nouns"),
            Contrasts = checks.Cues(document.Contrasts, "contrasts"),
            ListItemEnds = checks.Cues(document.ListItemEnds, "list_item_ends"),
            TimeFrames = checks.Cues(document.TimeFrames, "time_frames"),
            Authoring = checks.Cues(document.Authoring, "authoring"),
            NounModifiers = checks.Cues(document.NounModifiers, "noun_modifiers"),
            FirstPersonPronouns = document.FirstPersonPronouns.Select(word => word.ToLowerInvariant()).ToEquatableArray(),
            StatementHeadings = document.StatementHeadings.Select(word => word.ToLowerInvariant()).ToEquatableArray(),
            PastParticipleEndings = document.PastParticipleEndings.Select(word => word.ToLowerInvariant()).ToEquatableArray(),
            ParticipleEndings = document.ParticipleEndings.Select(ending => ending.ToLowerInvariant()).ToEquatableArray(),
            Relatives = checks.Cues(document.Relatives, "relatives"),
            ComplementLinks = checks.Cues(document.ComplementLinks, "complement_links"),
            ClauseJoins = checks.Cues(document.ClauseJoins, "clause_joins"),
            ObjectPronouns = checks.Cues(document.ObjectPronouns, "object_pronouns"),
            QuestionMarks = document.QuestionMarks.ToEquatableArray(),
            Auxiliaries = checks.Cues(document.Auxiliaries, "auxiliaries"),
            AdverbEndings = document.AdverbEndings.Select(ending => ending.ToLowerInvariant()).ToEquatableArray(),
            ProvisionModals = checks.Cues(document.Provisions.Modals, "modals"),
            ProvisionGains = checks.Cues(document.Provisions.Gains, "gains"),
            PartyAdjectives = document.PartyAdjectives
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new PartyAdjective(pair.Key.ToLowerInvariant(), pair.Value))
                .ToEquatableArray(),
        };
    }

    private static ClaimLexicon Claims(ClaimCueLists claims, CueChecks checks) => new(
        checks.Cues(claims.Attributions, "attributions"),
        checks.Cues(claims.Disputes, "disputes"),
        checks.Cues(claims.Quantifiers, "quantifiers"),
        checks.Cues(claims.Magnitudes, "magnitudes"),
        claims.Currencies.ToEquatableArray())
    {
        DoubtsBefore = checks.Cues(claims.DoubtsBefore, "doubts_before"),
        DoubtsAfter = checks.Cues(claims.DoubtsAfter, "doubts_after"),
        Positions = checks.Cues(claims.Positions, "positions"),
        Durations = checks.Cues(claims.Durations, "durations"),
        Complementizers = checks.Cues(claims.Complementizers, "complementizers"),
        InfinitiveMarkers = checks.Cues(claims.InfinitiveMarkers, "infinitive_markers"),
    };

    private static EquatableArray<string> Lowercase(List<string> words) => words.Select(word => word.ToLowerInvariant()).ToEquatableArray();
}
