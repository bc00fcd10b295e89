using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "the minister": a determiner and a bare title word take up an actor the text gave that title
/// ("French foreign minister Jean-Noël Barrot … the minister said"), of several the one titled last. Title
/// modifiers may stand between ("Russian Foreign Minister Sergei Lavrov … the foreign minister’s
/// account"); an apposition right after a name ("NAME, the foreign minister,") describes that name instead.
/// The official register capitalises the title ("the Minister"); see <see cref="OfficialAnaphor"/>.
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
        var holders = new TitleHolders(state.TitleHeads);
        foreach (var hit in state.Hits)
        {
            if (hit.Value.Kind != HitKind.TitleWord)
            {
                continue;
            }
            var capitalised = !char.IsLower(text[hit.Start]);
            if ((capitalised && !OfficialAnaphor.Allowed(state, hit.End))
                || DeterminerBefore(state, hit.Start) is not { } determiner
                || !state.Lexicon.AnaphoricDeterminers.Contains(TextWords.Span(text, determiner))
                || DescriptionTies.FollowedByNameOrTitle(state, hit.End) || IsApposition(text, determiner.Start))
            {
                continue;
            }
            var head = TitleHead.Of(state, hit.Start, hit.End);
            var actor = holders.LastBefore(head, hit.Start);
            if (capitalised && !OfficialAnaphor.OnlyHolder(holders, head, actor)
                && (actor = OfficialAnaphor.HomeHolder(state, holders, head)) < 0)
            {
                continue;
            }
            if (actor >= 0 && state.Table[actor].Kind == ActorKind.Person)
            {
                state.Add(determiner.Start, hit.End, actor, MentionForm.Description);
            }
        }
    }

    /// <summary>", the foreign minister," right after a capitalised word: an apposition to that name.</summary>
    internal static bool IsApposition(string text, int determinerStart) =>
        determinerStart >= 3 && text[determinerStart - 1] == ' ' && text[determinerStart - 2] == ','
        && TextWords.WordEndingAt(text, determinerStart - 2) is { } word && char.IsUpper(text[word.Start]);

    /// <summary>The word before the title, or before the lowercase title modifiers in front of it ("the foreign minister").</summary>
    private static (int Start, int End)? DeterminerBefore(RecognitionState state, int titleStart)
    {
        var text = state.Text;
        var word = TextWords.WordBefore(text, titleStart);
        for (var modifiers = 0; modifiers < 3 && word is { } w && char.IsLower(text[w.Start])
            && state.Lexicon.TitleModifiers.Contains(TextWords.Span(text, w)) && !state.Lexicon.RankModifiers.Contains(TextWords.Span(text, w)); modifiers++)
        {
            word = TextWords.WordBefore(text, w.Start);
        }
        return word;
    }
}
