using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A video agency's location-and-date line over a block of shots, in capitals: "KYIV, UKRAINE (29 MARCH
/// 2027) (POOL - ACCESS ALL)". The words before the first bracket say where the footage was shot: a
/// city and a country there are places, not actors. The brackets (the date and the rights tag, which
/// names sources and access: "NO ACCESS RUSSIA") are read as usual.
/// </summary>
internal sealed class PlaceLines
{
    private readonly List<(int Start, int End)> places = [];

    public PlaceLines(string text)
    {
        foreach (var (start, end) in TextLines.Of(text))
        {
            if (PlaceEnd(text.AsSpan(start, end - start)) is { } length)
            {
                places.Add((start, start + length));
            }
        }
    }

    public bool Contains(int position)
    {
        // The last place part starting at or before the position is the only one that can hold it.
        var last = SortedSearch.FirstIndexFrom(places, position + 1, place => place.Start) - 1;
        return last >= 0 && position < places[last].End;
    }

    /// <summary>The length of the place part of such a line, or null when the line has another shape.</summary>
    private static int? PlaceEnd(ReadOnlySpan<char> line)
    {
        var bracket = line.IndexOf(" (", StringComparison.Ordinal);
        if (bracket <= 0 || !line[..bracket].Contains(','))
        {
            return null;
        }
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return null;
            }
        }
        foreach (var c in line[..bracket])
        {
            if (!(char.IsUpper(c) || c is ' ' or ',' or '.' or '-' or '\''))
            {
                return null;
            }
        }
        // Only bracketed groups follow, the first holding the date (a figure).
        var rest = line[(bracket + 1)..].TrimEnd();
        var close = rest.IndexOf(')');
        if (rest[0] != '(' || close < 0 || !rest[..close].ContainsAny(Digits) || rest[^1] != ')')
        {
            return null;
        }
        return bracket;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
}
