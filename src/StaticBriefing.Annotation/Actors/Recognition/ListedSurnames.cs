using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A surname the taxonomy does not list on its own may still belong to a listed person the text has
/// named in full: "President Ilsa Vantreck … Mrs Vantreck" is one person, not a new one called Vantreck; so
/// is a person discovered earlier in the text ("NAME Quillon, Department Spokesperson … MS QUILLON:").
/// </summary>
internal static class ListedSurnames
{
    /// <summary>The listed person whose full name, found in this text, ends with <paramref name="surname"/>; else null.</summary>
    public static int? PersonNamed(RecognitionState state, string surname)
    {
        state.ListedSurnames ??= Index(state);
        if (state.ListedSurnames.TryGetValue(surname, out var listed))
        {
            // Two listed people share the surname: the title alone cannot tell them apart.
            return listed >= 0 ? listed : null;
        }
        return LearnedPerson(state, surname);
    }

    /// <summary>
    /// The last word of every listed person's name found in the text → that person, or -1 when two
    /// share it. Built once per text: a lookup per titled surname would otherwise walk every hit.
    /// </summary>
    private static Dictionary<string, int> Index(RecognitionState state)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var hit in state.Hits)
        {
            var alias = hit.Value.Text;
            var space = alias.LastIndexOf(' ');
            if (hit.Value.Kind != HitKind.Name || space <= 0 || space == alias.Length - 1 || state.Table[hit.Value.Actor].Kind != ActorKind.Person)
            {
                continue;
            }
            var surname = alias[(space + 1)..];
            index[surname] = index.TryGetValue(surname, out var other) && other != hit.Value.Actor ? -1 : hit.Value.Actor;
        }
        return index;
    }

    /// <summary>A person discovered earlier whose surname this is ("MS QUILLON" after a line naming "NAME Quillon").</summary>
    private static int? LearnedPerson(RecognitionState state, string surname)
    {
        var comparison = Sentences.TextChars.IsInCapitals(surname) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int? found = null;
        foreach (var (alias, actor) in state.LearnedAliases.Named(surname))
        {
            if (alias.Equals(surname, comparison) && state.Table.IsDiscovered(actor) && state.Table[actor].Kind == ActorKind.Person)
            {
                if (found is { } other && other != actor)
                {
                    return null;
                }
                found = actor;
            }
        }
        return found;
    }
}
