namespace StaticBriefing.Annotation.Model;

public enum ActorKind
{
    Person,
    Organisation,
    State,
    Other,
}
