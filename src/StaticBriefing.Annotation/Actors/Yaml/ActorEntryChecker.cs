using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>
/// Checks what typed YAML cannot: ids are kebab-case and unique, kinds and parties are known,
/// countries name an actor, and no alias or (country, noun) pair designates two actors.
/// </summary>
internal static class ActorEntryChecker
{
    public static EquatableArray<ActorDefinition> Check(List<ActorEntry> entries, EquatableArray<PartyDefinition> parties, DataFile file)
    {
        var lines = YamlItemLines.Of(file.Text, "actors");
        var partyIds = parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, (string Id, bool IsTitle)>(StringComparer.Ordinal);
        var result = new List<ActorDefinition>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            DataFileException Error(string field, string problem) => new(file.Name, lines.LineOf(i, field), field, problem);
            if (!IsKebabId(entry.Id))
            {
                throw Error("id", $"'{entry.Id}' is not a kebab-case id");
            }
            if (!ids.Add(entry.Id))
            {
                throw Error("id", $"duplicate actor id '{entry.Id}'");
            }
            if (!Enum.TryParse<ActorKind>(entry.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || entry.Kind.Any(char.IsDigit))
            {
                throw Error("kind", $"unknown kind '{entry.Kind}' (person, organisation, state or other)");
            }
            if (!partyIds.Contains(entry.Party))
            {
                throw Error("party", $"unknown party '{entry.Party}' (see input/parties.yml)");
            }
            if (entry.PositionsUnder is { } under && (!partyIds.Contains(under) || under == entry.Party))
            {
                throw Error("positions_under", $"'{under}' must be a party of input/parties.yml other than the actor's own");
            }
            // Several bodies may hold one title ("the Council": the text decides which), never a name.
            foreach (var (alias, isTitle) in entry.Aliases.Select(a => (a, false)).Concat(entry.Titles.Select(t => ("the " + t, true))))
            {
                if (string.IsNullOrWhiteSpace(alias))
                {
                    throw Error("aliases", "empty alias");
                }
                if (aliases.TryGetValue(alias, out var owner) && owner.Id != entry.Id && !(isTitle && owner.IsTitle))
                {
                    throw Error("aliases", $"'{alias}' is already an alias of '{owner.Id}'");
                }
                aliases.TryAdd(alias, (entry.Id, isTitle));
            }
            result.Add(new ActorDefinition(entry.Id, entry.Name.Trim(), kind, entry.Party, entry.Role.Trim(),
                entry.Aliases.ToEquatableArray(), entry.Titles.ToEquatableArray())
            {
                Adjectives = entry.Adjectives.ToEquatableArray(),
                Country = entry.Country,
                Nouns = entry.Nouns.ToEquatableArray(),
                PossessedNouns = entry.PossessedNouns.ToEquatableArray(),
                Media = entry.Media,
                PositionsUnder = entry.PositionsUnder,
            });
        }
        CheckCountries(result, lines, file);
        return result.ToEquatableArray();
    }

    public static bool IsKebabId(string id) =>
        id.Length > 0 && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static void CheckCountries(List<ActorDefinition> actors, YamlItemLines lines, DataFile file)
    {
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var nouns = new Dictionary<(string, string), string>();
        for (var i = 0; i < actors.Count; i++)
        {
            var actor = actors[i];
            if (actor.Country is { } country && !ids.Contains(country))
            {
                throw new DataFileException(file.Name, lines.LineOf(i, "country"), "country", $"unknown actor '{country}'");
            }
            foreach (var noun in actor.Nouns)
            {
                var key = (actor.CountryKey, noun.ToLowerInvariant());
                if (nouns.TryGetValue(key, out var owner))
                {
                    throw new DataFileException(file.Name, lines.LineOf(i, "nouns"), "nouns", $"'{noun}' of '{actor.CountryKey}' already designates '{owner}'");
                }
                nouns[key] = actor.Id;
            }
        }
    }
}
