using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// The official register names the office in full before the holder: "President of the United States
/// NAME", "Federal Chancellor of Germany NAME". After a title, "of" + a state or body (with its
/// article) + a person's name moves the name past the office, so the titled form covers all of it and
/// the state stays a mention of its own (it follows "of"). The plain register puts it after the name
/// ("President NAME of Ukraine").
/// </summary>
internal static class OfficialRegister
{
    /// <summary>Where the holder's name starts when <paramref name="afterTitle"/> opens "of [the] BODY NAME", else null.</summary>
    public static int? NameAfterOffice(RecognitionState state, int afterTitle)
    {
        var text = state.Text;
        if (TextWords.WordStartingAt(text, afterTitle) is not { } of || !TextWords.Span(text, of).SequenceEqual("of")
            || TextWords.NextWordStart(text, of.End) is not { } bodyStart)
        {
            return null;
        }
        if (TextWords.WordStartingAt(text, bodyStart) is { } article && state.Lexicon.Determiners.Contains(TextWords.Span(text, article))
            && TextWords.NextWordStart(text, article.End) is { } afterArticle)
        {
            bodyStart = afterArticle;
        }
        if (state.LongestNameAt(bodyStart) is not { } body || state.Table[body.Value.Actor].Kind is not (ActorKind.State or ActorKind.Organisation)
            || body.End >= text.Length || text[body.End] != ' ' || TextWords.NextWordStart(text, body.End) is not { } nameStart
            || !char.IsUpper(text[nameStart]))
        {
            return null;
        }
        // Only a person may follow: "the Minister of Ukraine Kyiv …" is no office.
        return state.LongestNameAt(nameStart) is { } holder && state.Table[holder.Value.Actor].Kind != ActorKind.Person ? null : nameStart;
    }

    /// <summary>"… of Ukraine": the end of a following "of" + state or organisation name.</summary>
    public static int? OfBodyEnd(RecognitionState state, int end)
    {
        var text = state.Text;
        if (TextWords.WordAfter(text, end) is not { } of || !TextWords.Span(text, of).SequenceEqual("of"))
        {
            return null;
        }
        if (TextWords.NextWordStart(text, of.End) is not { } next || state.LongestNameAt(next) is not { } country)
        {
            return null;
        }
        return state.Table[country.Value.Actor].Kind is ActorKind.State or ActorKind.Organisation ? country.End : null;
    }
}
