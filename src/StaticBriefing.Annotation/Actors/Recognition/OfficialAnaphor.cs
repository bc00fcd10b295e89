namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "the Minister", "The President": official records and readouts capitalise the title they take up.
/// A capitalised title is also how an office is named in full ("the Minister for Europe", "the
/// President of Finland"), so it is an anaphor only when no "of"/"for" follows, and only when a single
/// person in the whole text holds that title: a readout naming two presidents leaves "the President" alone.
/// </summary>
internal static class OfficialAnaphor
{
    public static bool Allowed(RecognitionState state, int titleEnd) =>
        TextWords.WordAfter(state.Text, titleEnd) is not { } next
        || !(TextWords.Span(state.Text, next).SequenceEqual("of") || TextWords.Span(state.Text, next).SequenceEqual("for"));

    public static bool OnlyHolder(List<(int Position, int Actor, string Head)> heads, string head, int actor)
    {
        foreach (var (_, holder, title) in heads)
        {
            if (title == head && holder != actor)
            {
                return false;
            }
        }
        return actor >= 0;
    }
}
