using StaticBriefing.Annotation.Dates.Tokens;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Whose day a shared holiday name is ("Independence Day"): the owner whose cue word stands nearest it in
/// its sentence, within the data's window ("Ukraine marked Independence Day"); else the owner whose cue
/// stands nearest it anywhere in the text (a headline that names the day alone, the country further
/// down); else none, and the name is left unannotated.
/// </summary>
internal sealed class HolidayOwnerReader(ScanContext scan)
{
    // Where each owner's cue stands in the whole text (by owner list), found once per text and only when a
    // sentence names no owner: a text naming the day many times is not scanned again for each.
    // Made at the first such sentence: most texts have none, and each text builds two scanners.
    private Dictionary<IReadOnlyList<HolidayOwner>, List<(int Start, HolidayRule Rule)>>? cuesOnPage;
    private string? indexedText;

    public HolidayRule? Pick(IReadOnlyList<HolidayOwner> owners, int first, int end)
    {
        for (var distance = 1; distance <= scan.Lexicon.SharedHolidayWindow; distance++)
        {
            if ((OwnerAt(owners, scan.Tokens, first - distance) ?? OwnerAt(owners, scan.Tokens, end - 1 + distance)) is { } owner)
            {
                return owner.Rule;
            }
        }
        return NearestOnPage(owners, scan.Tokens[first].Start);
    }

    private HolidayRule? NearestOnPage(IReadOnlyList<HolidayOwner> owners, int offset)
    {
        var cues = CuesOnPage(owners);
        var next = SortedSearch.FirstIndexFrom(cues, offset, static cue => cue.Start);
        var before = next - 1;
        if (before >= 0 && (next == cues.Count || offset - cues[before].Start <= cues[next].Start - offset))
        {
            return cues[before].Rule;
        }
        return next < cues.Count ? cues[next].Rule : null;
    }

    private List<(int Start, HolidayRule Rule)> CuesOnPage(IReadOnlyList<HolidayOwner> owners)
    {
        cuesOnPage ??= new(ReferenceEqualityComparer.Instance);
        if (!ReferenceEquals(indexedText, scan.Text))
        {
            cuesOnPage.Clear();
            indexedText = scan.Text;
        }
        if (!cuesOnPage.TryGetValue(owners, out var cues))
        {
            var tokens = new List<TemporalToken>();
            TemporalTokenizer.Tokenize(scan.Text, 0, scan.Text.Length, scan.Lexicon.Words, tokens);
            cues = [];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (OwnerAt(owners, tokens, i) is { } owner)
                {
                    cues.Add((tokens[i].Start, owner.Rule));
                }
            }
            cuesOnPage[owners] = cues;
        }
        return cues;
    }

    private static HolidayOwner? OwnerAt(IReadOnlyList<HolidayOwner> owners, IReadOnlyList<TemporalToken> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || !tokens[i].Capitalized)
        {
            return null;
        }
        foreach (var owner in owners)
        {
            if (owner.Cues.Contains(tokens[i].WordId))
            {
                return owner;
            }
        }
        return null;
    }
}
