using StaticBriefing.Annotation.Dates.Tokens;

namespace StaticBriefing.Annotation.Dates.Matching;

/// <summary>
/// Whose day a shared holiday name is ("Independence Day"): the owner whose cue word stands nearest it in
/// its sentence, within the data's window ("Ukraine marked Independence Day"); else the owner whose cue
/// stands nearest it anywhere in the text (a headline that names the day alone, the country further
/// down); else none, and the name is left unannotated.
/// </summary>
internal sealed class HolidayOwnerReader(ScanContext scan)
{
    // The whole text's tokens, made only when a sentence names no owner, once per text.
    private readonly List<TemporalToken> pageTokens = [];
    private string? tokenizedText;

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
        if (!ReferenceEquals(tokenizedText, scan.Text))
        {
            TemporalTokenizer.Tokenize(scan.Text, 0, scan.Text.Length, scan.Lexicon.Words, pageTokens);
            tokenizedText = scan.Text;
        }
        HolidayOwner? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < pageTokens.Count; i++)
        {
            if (OwnerAt(owners, pageTokens, i) is { } owner && Math.Abs(pageTokens[i].Start - offset) < bestDistance)
            {
                (best, bestDistance) = (owner, Math.Abs(pageTokens[i].Start - offset));
            }
        }
        return best?.Rule;
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
