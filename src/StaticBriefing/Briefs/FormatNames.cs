using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs;

/// <summary>
/// How enum values are spelled in brief Markdown, both directions: TIMEX types and modifiers in
/// upper case (DATE, DURATION, START …), stances and actor kinds in lower case.
/// </summary>
public static class FormatNames
{
    /// <summary>The claim source that is the article itself rather than an actor or party.</summary>
    public const string Narrator = "narrator";

    public static string Of(TimexType type) => type == TimexType.Duration ? "DURATION" : "DATE";

    public static string? Of(TimexMod mod) => mod == TimexMod.None ? null : mod.ToString().ToUpperInvariant();

    public static string Of(Stance stance) => stance.ToString().ToLowerInvariant();

    public static string Of(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out TimexType type) => TryParseEnum(text, upper: true, out type);

    /// <summary>Null (or absent) is None; "NONE" itself is not accepted, to keep one spelling.</summary>
    public static bool TryParseMod(string? text, out TimexMod mod)
    {
        mod = TimexMod.None;
        return text is null || TryParseEnum(text, upper: true, out mod) && mod != TimexMod.None;
    }

    public static bool TryParse(string? text, out Stance stance) => TryParseEnum(text, upper: false, out stance);

    public static bool TryParse(string? text, out ActorKind kind) => TryParseEnum(text, upper: false, out kind);

    public static string Spellings<T>(bool upper) where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Where(n => n != "None").Select(n => upper ? n.ToUpperInvariant() : n.ToLowerInvariant()));

    private static bool TryParseEnum<T>(string? text, bool upper, out T value) where T : struct, Enum
    {
        value = default;
        if (text is null)
        {
            return false;
        }
        foreach (var candidate in Enum.GetValues<T>())
        {
            var name = candidate.ToString();
            if (text == (upper ? name.ToUpperInvariant() : name.ToLowerInvariant()))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }
}
