using System.Buffers;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>
/// Where a trie scan may start a walk. A walk starts at a character right after a non-word one
/// (or at the text's start), if some phrase opens with it. A trie whose phrases open with few
/// ASCII characters (the learned aliases: names, acronyms) finds its next such character with a
/// vectorised search instead of reading every one; non-ASCII characters are always stopped at and
/// tested one by one, so the walks are exactly those of the plain loop.
/// </summary>
internal static class WalkStarts
{
    // With more ASCII openers the search stops at nearly every word, and the plain loop is faster.
    private const int MaxSearchedOpeners = 16;

    /// <summary>The ASCII characters that start no walk, or null when too few are left out for a search to pay.</summary>
    public static SearchValues<char>? NotOpening(Func<char, bool> opens)
    {
        var closed = new List<char>();
        for (var c = '\0'; c < 128; c++)
        {
            if (TextChars.IsSpace(c) || !opens(c))
            {
                closed.Add(c);
            }
        }
        return 128 - closed.Count <= MaxSearchedOpeners ? SearchValues.Create([.. closed]) : null;
    }

    /// <summary>The next position from <paramref name="from"/> where a walk may start, or -1.</summary>
    public static int Next(string text, int from, SearchValues<char> notOpening)
    {
        var p = from;
        while (p < text.Length)
        {
            var found = text.AsSpan(p).IndexOfAnyExcept(notOpening);
            if (found < 0)
            {
                return -1;
            }
            p += found;
            if (p == 0 || !TextChars.IsWord(text[p - 1]))
            {
                return p;
            }
            p++;
        }
        return -1;
    }
}
