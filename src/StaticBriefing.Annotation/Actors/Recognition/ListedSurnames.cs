using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A surname the taxonomy does not list on its own may still belong to a listed person the text has
/// named in full: "President António Costa … Mr Costa" is one person, not a new one called Costa; so
/// is a person discovered earlier in the text ("NAME Bruce, Department Spokesperson … MS BRUCE:").
/// </summary>
internal static class ListedSurnames
{
    /// <summary>The listed person whose full name, found in this text, ends with <paramref name="surname"/>; else null.</summary>
    public static int? PersonNamed(RecognitionState state, string surname)
    {
        int? found = null;
        foreach (var hit in state.Hits)
        {
            var alias = hit.Value.Text;
            if (hit.Value.Kind != HitKind.Name || alias.Length <= surname.Length || alias[^(surname.Length + 1)] != ' '
                || !alias.EndsWith(surname, StringComparison.Ordinal) || state.Table[hit.Value.Actor].Kind != ActorKind.Person)
            {
                continue;
            }
            if (found is { } other && other != hit.Value.Actor)
            {
                return null; // two listed people share the surname: the title alone cannot tell them apart
            }
            found = hit.Value.Actor;
        }
        return found ?? LearnedPerson(state, surname);
    }

    /// <summary>A person discovered earlier whose surname this is ("MS BRUCE" after a line naming "NAME Bruce").</summary>
    private static int? LearnedPerson(RecognitionState state, string surname)
    {
        var comparison = Sentences.TextChars.IsInCapitals(surname) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        int? found = null;
        foreach (var (alias, actor) in state.LearnedAliases)
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
