using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// Discovers actors the taxonomy does not know from the words around them: "as reported by X"
/// (an outlet), "according to X" (a person unless X looks like an organisation), "X said" / "said
/// X" (at least two words: a person, or an organisation when an organisation word says so), "the X agency" (an organisation, and "X agency" is a
/// mention of it just as "Tass agency" is of a known agency).
/// </summary>
internal static class CueDiscovery
{
    public static void Find(RecognitionState state)
    {
        var reader = new NameReader(state);
        // No copy: the hits are fixed once the state is built (candidates are what grows).
        foreach (var hit in state.Hits)
        {
            if (IsCapitalisedInside(state.Text, hit.Start, hit.End))
            {
                continue; // "News Agency" inside a name is not the cue "news agency"
            }
            switch (hit.Value.Kind)
            {
                case HitKind.OutletCue:
                    After(state, reader, hit.End, forceOrganisation: true, "cited source");
                    break;
                case HitKind.SourceCue:
                    After(state, reader, hit.End, forceOrganisation: false, "cited source");
                    break;
                case HitKind.SpeechVerb:
                    After(state, reader, hit.End, forceOrganisation: false, "quoted source", minimumWords: 2);
                    Before(state, reader, hit.Start);
                    break;
                case HitKind.OrganisationHead:
                    OrganisationHead(state, reader, hit.Start, hit.End);
                    break;
            }
        }
    }

    private static void After(RecognitionState state, NameReader reader, int cueEnd, bool forceOrganisation, string role, int minimumWords = 1)
    {
        if (TextWords.NextWordStart(state.Text, cueEnd) is not { } start || state.LongestNameAt(start) is not null)
        {
            return;
        }
        if (reader.ReadForward(start, allowThe: true) is not { } name || name.Words < minimumWords || OpensWithTitle(state, name))
        {
            return;
        }
        var organisation = forceOrganisation || name.LooksLikeOrganisation;
        if (!organisation && name.Words < 2)
        {
            return;
        }
        Discover(state, name, organisation, role);
    }

    private static void Before(RecognitionState state, NameReader reader, int verbStart)
    {
        if (TextWords.PreviousWordEnd(state.Text, verbStart) is not { } end || state.LongestNameEndingAt(end) is not null)
        {
            return;
        }
        // A name opening with a title ("Ambassador NAME said") is the titled form's, whose person the titled names find.
        if (reader.ReadBackward(end) is { Words: >= 2 } name && state.LongestNameAt(name.Start) is null && !OpensWithTitle(state, name))
        {
            Discover(state, name, name.LooksLikeOrganisation, "quoted source");
        }
    }

    private static void OrganisationHead(RecognitionState state, NameReader reader, int headStart, int headEnd)
    {
        if (!char.IsLower(state.Text[headStart]) || TextWords.PreviousWordEnd(state.Text, headStart) is not { } end)
        {
            return;
        }
        var compound = TextWords.WordEndingAt(state.Text, end);
        if (state.LongestNameEndingAt(end) is { } known && (compound is null || known.Start <= compound.Value.Start))
        {
            if (state.Table[known.Value.Actor].Kind == ActorKind.Organisation)
            {
                state.Add(known.Start, headEnd, known.Value.Actor, MentionForm.Extended);
            }
            return;
        }
        if (reader.ReadBackward(end) is { } name)
        {
            var actor = Discover(state, name, organisation: true, "news organisation");
            state.Add(name.Start, headEnd, actor, MentionForm.Extended);
        }
    }

    private static bool OpensWithTitle(RecognitionState state, DiscoveredName name) =>
        name.Words >= 2 && state.LongestAt(name.Start, HitKind.TitleWord) is { } title && title.End < name.End;

    private static bool IsCapitalisedInside(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    public static int Discover(RecognitionState state, DiscoveredName name, bool organisation, string role)
    {
        var actor = state.Table.Discover(name.Name, organisation ? ActorKind.Organisation : ActorKind.Person, "none", role);
        state.Add(name.Start, name.End, actor, MentionForm.Name);
        if (actor >= 0 && !organisation && name.Words > 1)
        {
            state.LearnedAliases.Add((name.LastWord, actor));
        }
        if (actor >= 0)
        {
            state.LearnedAliases.Add((name.Name, actor));
        }
        return actor;
    }
}
