using StaticBriefing.Annotation.Model;
using StaticBriefing.Briefs.Parsing.FrontMatter;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Resolves the front matter's actors: an id alone must be a reviewed actor of input/actors.yml;
/// an unreviewed actor is defined in full (name, kind, party, role, reviewed: false).
/// </summary>
public static class ActorsReader
{
    public static IReadOnlyList<BriefActor> Read(IReadOnlyList<ActorEntry> entries, ParseContext context)
    {
        var actors = new List<BriefActor>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var path = $"actors[{i}]";
            if (!IsKebab(entry.Id))
            {
                throw context.AtPath(path, "id", $"'{entry.Id}' is not an actor id (lower-case letters, digits and single hyphens)");
            }
            if (!context.Actors.Add(entry.Id))
            {
                throw context.AtPath(path, "id", $"actor '{entry.Id}' is listed twice");
            }
            actors.Add(Resolve(entry, path, context));
        }
        return actors;
    }

    private static BriefActor Resolve(ActorEntry entry, string path, ParseContext context)
    {
        var defined = entry.Name is not null || entry.Kind is not null || entry.Party is not null || entry.Role is not null || entry.Reviewed is not null;
        var reviewed = context.Vocabulary.Actors.GetValueOrDefault(entry.Id);
        if (!defined)
        {
            return reviewed is null
                ? throw context.AtPath(path, "id", $"unknown actor '{entry.Id}': not in input/actors.yml; to keep it unreviewed, give name, kind, party, role and reviewed: false")
                : new BriefActor(reviewed.Id, reviewed.Name, reviewed.Kind, reviewed.Party, reviewed.Role, Reviewed: true);
        }
        if (reviewed is not null)
        {
            throw context.AtPath(path, "id", $"actor '{entry.Id}' is reviewed in input/actors.yml; list it by id alone");
        }
        var name = Required(entry.Name, path, "name", context);
        var kindText = Required(entry.Kind, path, "kind", context);
        var party = Required(entry.Party, path, "party", context);
        var role = Required(entry.Role, path, "role", context);
        if (entry.Reviewed is null)
        {
            throw context.AtPath(path, "reviewed", "missing (an actor defined in a brief has reviewed: false)");
        }
        if (entry.Reviewed is true)
        {
            throw context.AtPath(path, "reviewed", "an actor defined in a brief is unreviewed (reviewed: false); reviewed actors live in input/actors.yml");
        }
        if (!FormatNames.TryParse(kindText, out ActorKind kind))
        {
            throw context.AtPath(path, "kind", $"'{kindText}' is not an actor kind ({FormatNames.Spellings<ActorKind>(upper: false)})");
        }
        if (context.PartyProblem(party) is { } problem)
        {
            throw context.AtPath(path, "party", problem);
        }
        return new BriefActor(entry.Id, name, kind, party, role, Reviewed: false);
    }

    private static string Required(string? value, string path, string field, ParseContext context) =>
        string.IsNullOrWhiteSpace(value) ? throw context.AtPath(path, field, "missing") : value.Trim();

    private static bool IsKebab(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
