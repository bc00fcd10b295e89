using System.Globalization;

namespace StaticBriefing.Briefs.Anchors;

/// <summary>Hands out anchors in text order: the second "Talks resumed." gets "-2", the third "-3".</summary>
public sealed class AnchorAllocator
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public string Next(string sentence)
    {
        var anchor = SentenceAnchor.Of(sentence);
        var count = seen.TryGetValue(anchor, out var previous) ? previous + 1 : 1;
        seen[anchor] = count;
        return count == 1 ? anchor : anchor + "-" + count.ToString(CultureInfo.InvariantCulture);
    }
}
