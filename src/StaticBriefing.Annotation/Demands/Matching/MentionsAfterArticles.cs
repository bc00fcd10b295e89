namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// Per token of a sentence, the mention starting there, or else the one starting right after it when
/// the token is an article ("by the Kremlin"). Cue scans with mention slots ask this at nearly every
/// token, so it is laid out once per sentence in a pass over its few mentions.
/// </summary>
internal static class MentionsAfterArticles
{
    /// <param name="spans">The outermost mentions, sorted by first token (no two share a token).</param>
    public static MentionSpan?[] Of(ReadOnlySpan<MentionSpan> spans, List<Token> tokens, IReadOnlySet<string> articles)
    {
        var found = new MentionSpan?[tokens.Count];
        foreach (var span in spans)
        {
            found[span.First] = span;
        }
        // Second, so that a mention starting at a token wins over one after it.
        foreach (var span in spans)
        {
            var before = span.First - 1;
            if (before >= 0 && found[before] is null && articles.Contains(tokens[before].Norm))
            {
                found[before] = span;
            }
        }
        return found;
    }
}
