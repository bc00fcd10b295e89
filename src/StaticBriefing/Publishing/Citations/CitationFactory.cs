using StaticBriefing.Briefs;

namespace StaticBriefing.Publishing.Citations;

/// <summary>Builds citations of a brief's sentences, looking the sentence text up by anchor.</summary>
public sealed class CitationFactory(AbsoluteUrls urls)
{
    public Citation Cite(Brief brief, string anchor)
    {
        var sentence = brief.Sentences.FirstOrDefault(s => s.Anchor == anchor);
        return new Citation(brief.Metadata.Id, anchor, urls.Sentence(brief.Metadata.Id, anchor), sentence?.Text ?? string.Empty);
    }

    /// <summary>The position of a sentence in its brief, for ordering citations in reading order.</summary>
    public static int SentenceIndex(Brief brief, string anchor)
    {
        for (var i = 0; i < brief.Sentences.Count; i++)
        {
            if (brief.Sentences[i].Anchor == anchor)
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
