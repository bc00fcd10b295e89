using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Builds and checks annotation records the same way whether they come from a front-matter entry
/// or a body span. <c>get</c> reads a field by its front-matter name; <c>fail</c> makes the error
/// for a field.
/// </summary>
public sealed class EntryFactory(ParseContext context)
{
    public delegate string? Field(string name);

    public delegate Exception Fail(string field, string problem);

    public BriefMention Mention(Field get, string text, string sentence, Fail fail)
    {
        var id = Required(get, "ref", fail);
        return Check(id, context.ActorProblem(id), "ref", fail, new BriefMention(id, text, sentence));
    }

    public BriefDate Date(Field get, string text, string sentence, Fail fail)
    {
        var type = TimexType.Date;
        if (get("type") is { } typeText && !FormatNames.TryParse(typeText, out type))
        {
            throw fail("type", $"'{typeText}' is not a date type ({FormatNames.Spellings<TimexType>(upper: true)})");
        }
        var value = Required(get, "value", fail);
        if (!TimexValue.IsValid(type, value))
        {
            throw fail("value", $"'{value}' is not a valid {FormatNames.Of(type)} value (e.g. 2025-07-23, 2025-07, 2025-W30, PRESENT_REF; durations P50D, PT48H)");
        }
        if (!FormatNames.TryParseMod(get("mod"), out var mod))
        {
            throw fail("mod", $"'{get("mod")}' is not a modifier ({FormatNames.Spellings<TimexMod>(upper: true)}, or null)");
        }
        return new BriefDate(text, type, value, mod, sentence);
    }

    public BriefDemand Demand(Field get, string text, string sentence, Fail fail)
    {
        var party = Required(get, "party", fail);
        Check(party, context.PartyProblem(party), "party", fail, 0);
        var issue = Required(get, "issue", fail);
        Check(issue, context.IssueProblem(issue), "issue", fail, 0);
        var stanceText = Required(get, "stance", fail);
        if (!FormatNames.TryParse(stanceText, out Stance stance))
        {
            throw fail("stance", $"'{stanceText}' is not a stance ({FormatNames.Spellings<Stance>(upper: false)})");
        }
        var actor = get("actor");
        if (actor is not null)
        {
            Check(actor, context.ActorProblem(actor), "actor", fail, 0);
        }
        return new BriefDemand(party, issue, stance, text, sentence, actor);
    }

    public BriefQuote Quote(Field get, string text, string sentence, Fail fail)
    {
        var speaker = get("speaker");
        if (speaker is not null)
        {
            Check(speaker, context.ActorProblem(speaker), "speaker", fail, 0);
        }
        return new BriefQuote(speaker, text, sentence);
    }

    public BriefClaim Claim(Field get, string text, string sentence, Fail fail)
    {
        var who = Required(get, "who", fail);
        Check(who, context.SourceProblem(who), "who", fail, 0);
        var disputedBy = get("disputed_by");
        if (disputedBy is not null)
        {
            Check(disputedBy, context.SourceProblem(disputedBy), "disputed_by", fail, 0);
        }
        return new BriefClaim(who, disputedBy, text, sentence);
    }

    private static string Required(Field get, string name, Fail fail) =>
        get(name) is { Length: > 0 } value ? value : throw fail(name, "missing");

    private static T Check<T>(string value, string? problem, string field, Fail fail, T result) =>
        problem is null ? result : throw fail(field, problem);
}
