namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "the Minister", "The President": official records and readouts capitalise the title they take up.
/// A capitalised title is also how an office is named in full ("the Minister for Europe", "the
/// President of Finland"), so it is an anaphor only when no "of"/"for" follows, and only when a single
/// person in the whole text holds that title: a readout naming two presidents leaves "the President" alone,
/// unless the page is published by a body of one of their countries.
/// </summary>
internal static class OfficialAnaphor
{
    public static bool Allowed(RecognitionState state, int titleEnd) =>
        TextWords.WordAfter(state.Text, titleEnd) is not { } next
        || !(TextWords.Span(state.Text, next).SequenceEqual("of") || TextWords.Span(state.Text, next).SequenceEqual("for"));

    /// <summary>
    /// On a page a body publishes, the one holder of the title from the body's own country ("the President"
    /// on a presidential site is its president, whoever else is named); -1 when there is no single one.
    /// </summary>
    public static int HomeHolder(RecognitionState state, TitleHolders holders, string head)
    {
        var home = -1;
        foreach (var holder in holders.Of(head))
        {
            if (state.HomeCountry is null || state.Table[holder].CountryKey != state.HomeCountry)
            {
                continue;
            }
            if (home >= 0)
            {
                return -1;
            }
            home = holder;
        }
        return home;
    }

    public static bool OnlyHolder(TitleHolders holders, string head, int actor) =>
        actor >= 0 && holders.Of(head).All(holder => holder == actor);
}
