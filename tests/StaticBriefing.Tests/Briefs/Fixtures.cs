using StaticBriefing.Annotation.Actors;
using StaticBriefing.Annotation.Demands;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.Briefs;

/// <summary>A tiny vocabulary standing in for input/actors.yml and input/issues.yml.</summary>
public static class Fixtures
{
    public static ActorDefinition[] Actors { get; } =
    [
        Actor("russia", "Russia", ActorKind.State, "russia", "party to the talks"),
        Actor("ukraine", "Ukraine", ActorKind.State, "ukraine", "party to the talks"),
        Actor("vladimir-putin", "Vladimir Putin", ActorKind.Person, "russia", "President of Russia"),
        Actor("dmitry-peskov", "Dmitry Peskov", ActorKind.Person, "russia", "Kremlin spokesperson"),
        Actor("nato", "NATO", ActorKind.Organisation, "other", "military alliance"),
        Actor("bbc-russian", "BBC Russian", ActorKind.Organisation, "none", "news service"),
    ];

    public static IssueDefinition[] Issues { get; } =
    [
        new("ceasefire", "Ceasefire", new[] { "ceasefire" }.ToEquatableArray()),
        new("prisoner-exchange", "Prisoner exchange", new[] { "prisoner exchange" }.ToEquatableArray()),
        new("leaders-meeting", "Leaders' meeting", new[] { "meeting" }.ToEquatableArray()),
    ];

    public static BriefVocabulary Vocabulary { get; } = new(Actors, Issues, BriefVocabulary.PartiesOf(Actors));

    public static ActorLexicon Lexicon { get; } = new(Actors.ToEquatableArray());

    private static ActorDefinition Actor(string id, string name, ActorKind kind, string party, string role) =>
        new(id, name, kind, party, role, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
