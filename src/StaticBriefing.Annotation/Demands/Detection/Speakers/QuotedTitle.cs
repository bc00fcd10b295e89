using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// A title that gives a quotation to a named actor ("Foreign Minister NAME: “…”"), as an interview or an op-ed
/// is headed; a news story may be headed so too, which is why <see cref="PageVoice"/> asks the body as well.
/// </summary>
public static class QuotedTitle
{
    /// <summary>
    /// The actor of known party whose mention in the first sentence (the reader puts the title there) is followed
    /// by a colon and an opening quotation mark.
    /// </summary>
    public static ActorAnnotation? Speaker(string text, Sentence title, EquatableArray<ActorAnnotation> actors)
    {
        foreach (var actor in actors)
        {
            if (actor.Party == PartyRef.NoParty)
            {
                continue;
            }
            foreach (var mention in actor.Mentions)
            {
                if (mention.Sentence == title.Index && OpensQuotationAfterColon(text, mention.End, title.End))
                {
                    return actor;
                }
            }
        }
        return null;
    }

    private static bool OpensQuotationAfterColon(string text, int at, int end)
    {
        if (at >= end || text[at] != ':')
        {
            return false;
        }
        var next = at + 1;
        while (next < end && text[next] == ' ')
        {
            next++;
        }
        return next < end && text[next] is '“' or '"' or '‘' or '\'' or '«' or '„';
    }
}
