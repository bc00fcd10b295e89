namespace StaticBriefing.Annotation.Model;

public enum Stance
{
    Demands,
    Proposes,
    Rejects,
    Accepts,
    Offers,
}
