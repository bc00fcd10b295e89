using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// The page's own voice from its title: a title that gives a quotation to a named actor ("Foreign Minister
/// NAME: “…”") heads an interview or an op-ed only when the body then speaks in the first person outside
/// quotation marks again and again ("I expect …", "We have offered …"). A news story under such a headline
/// quotes its "we" and rarely says "we" itself, so the title alone decides nothing.
/// </summary>
public static class TitleVoice
{
    /// <summary>Unquoted sentences opening with "I" or "we" that make the body the title speaker's own words.</summary>
    public const int MinFirstPersonSentences = 3;

    public static IReadOnlyList<PartyRef> Of(CompiledDemandLexicon lexicon, TokenizedText tokenized, EquatableArray<ActorAnnotation> actors)
    {
        if (tokenized.Sentences.Count == 0 || QuotedTitleSpeaker(tokenized.Text, tokenized.Sentences[0].Tokens.Sentence, actors) is not { } speaker)
        {
            return [];
        }
        return FirstPersonSentences(lexicon, tokenized) >= MinFirstPersonSentences ? [new PartyRef(speaker.Party, speaker.Id)] : [];
    }

    /// <summary>
    /// The actor of known party whose mention in the first sentence (the reader puts the title there) is followed
    /// by a colon and an opening quotation mark.
    /// </summary>
    private static ActorAnnotation? QuotedTitleSpeaker(string text, Sentence title, EquatableArray<ActorAnnotation> actors)
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
        return next < end && QuotationMarks.IsOpening(text[next]);
    }

    /// <summary>Sentences after the title whose first word is a first-person pronoun and that no quotation holds open.</summary>
    private static int FirstPersonSentences(CompiledDemandLexicon lexicon, TokenizedText tokenized)
    {
        var text = tokenized.Text;
        var open = false;
        var scanned = 0;
        var count = 0;
        foreach (var context in tokenized.Sentences)
        {
            var sentence = context.Tokens.Sentence;
            // A quotation opened and not closed before this sentence holds it; a paragraph break ends any quotation.
            for (; scanned < sentence.Start; scanned++)
            {
                open = QuotationMarks.StateAfter(text, scanned, open);
            }
            if (sentence.Index > 0 && !open && context.Tokens.Count > 0 && lexicon.Grammar.FirstPersonPronouns.Contains(context.Tokens.Word(0)))
            {
                count++;
            }
        }
        return count;
    }
}
