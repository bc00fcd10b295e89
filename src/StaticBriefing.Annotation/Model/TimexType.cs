namespace StaticBriefing.Annotation.Model;

public enum TimexType
{
    Date,
    Duration,
}
