using StaticBriefing.Markdown.Spans;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Anchors;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>A sentence span's anchor: well formed, alone in its attributes, and used once per brief.</summary>
public sealed class SentenceAnchorRules(string file)
{
    private readonly Dictionary<string, int> anchorLines = new(StringComparer.Ordinal);

    public void Check(BracketedSpan sentence, string anchor, int line)
    {
        if (!SentenceAnchor.IsWellFormed(anchor))
        {
            throw new DataFileException(file, line, "id", $"'{anchor}' is not a sentence anchor (s- and six characters a-z, 2-7, optionally -2, -3 …)");
        }
        if (sentence.Attributes.Classes.Count > 0 || sentence.Attributes.Properties.Count > 0)
        {
            throw new DataFileException(file, line, "id", $"sentence {anchor} takes only its #id, no classes or keys");
        }
        if (anchorLines.TryGetValue(anchor, out var first))
        {
            throw new DataFileException(file, line, "id", $"duplicate sentence anchor {anchor} (first on line {first})");
        }
        anchorLines[anchor] = line;
    }
}
