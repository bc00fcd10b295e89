using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "Tom Aldous is in London. Tom, who is at the table today?": the first name of a person discovered
/// in this text names them too, when no other person of the text shares it. Listed people are left
/// out (a head of state is rarely called by first name, and "Vladimir" or "Donald" name several),
/// and so are initials, name particles and cue words.
/// </summary>
internal static class FirstNames
{
    private const int MinLength = 3;

    public static void Learn(RecognitionState state)
    {
        var firstNames = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var actor in state.Candidates.Select(c => c.Actor).Distinct())
        {
            var found = state.Table[actor];
            var space = found.Name.IndexOf(' ');
            if (found.Kind == ActorKind.Person && space > 0)
            {
                var first = found.Name[..space];
                if (!firstNames.TryGetValue(first, out var owners))
                {
                    firstNames[first] = owners = [];
                }
                owners.Add(actor);
            }
        }
        foreach (var (first, owners) in firstNames)
        {
            if (owners.Count == 1 && state.Table.IsDiscovered(owners[0]) && IsPlainFirstName(state, first))
            {
                state.LearnedAliases.Add((first, owners[0]));
            }
        }
    }

    private static bool IsPlainFirstName(RecognitionState state, string word) =>
        word.Length >= MinLength && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && !state.Lexicon.NonNames.Contains(word) && !state.Lexicon.Particles.Contains(word.ToLowerInvariant())
        && !state.Lexicon.RoleWords.Contains(word);
}
