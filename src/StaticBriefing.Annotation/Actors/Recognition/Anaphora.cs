using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "the minister": a determiner and a bare title word take up the last actor the text gave that
/// title ("French foreign minister Jean-Noël Barrot … the minister said").
/// </summary>
internal static class Anaphora
{
    public static void Find(RecognitionState state)
    {
        if (state.TitleHeads.Count == 0)
        {
            return;
        }
        var text = state.Text;
        var heads = state.TitleHeads.OrderBy(h => h.Position).ToList();
        foreach (var hit in state.Hits.Where(h => h.Value.Kind == HitKind.TitleWord).ToList())
        {
            if (!char.IsLower(text[hit.Start])
                || TextWords.WordBefore(text, hit.Start) is not { } determiner
                || !state.Lexicon.AnaphoricDeterminers.Contains(TextWords.Span(text, determiner))
                || DescriptionTies.FollowedByNameOrTitle(state, hit.End))
            {
                continue;
            }
            var head = text[hit.Start..hit.End].TrimEnd('.').ToLowerInvariant();
            var actor = -1;
            foreach (var (position, candidate, title) in heads)
            {
                if (position >= hit.Start)
                {
                    break;
                }
                actor = title == head ? candidate : actor;
            }
            if (actor >= 0 && state.Table[actor].Kind == ActorKind.Person)
            {
                state.Add(determiner.Start, hit.End, actor, MentionForm.Description);
            }
        }
    }
}
