using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>Recognises a dated dateline ("ISTANBUL, July 23 — ", "KYIV, Aug. 16 (Reuters) - ") at the start of a paragraph.</summary>
public sealed class DatelineReader(ReadingRules rules, DateProbe dates)
{
    private static readonly ReferenceDate AnyReference = new(2000, 1, 1);

    public Dateline? Read(string paragraph)
    {
        var match = rules.Dateline.Match(paragraph);
        if (!match.Success)
        {
            return null;
        }
        var date = match.Groups["date"].Value.Trim();
        var agency = match.Groups["agency"] is { Success: true } group ? group.Value.Trim() : null;
        return dates.IsOnlyDates(date, AnyReference)
            ? new Dateline(match.Length, paragraph[..match.Length].Trim().TrimEnd('—', '–', '-').Trim(), date, agency)
            : null;
    }

    /// <summary>The paragraph without a leading undated dateline ("Brussels – "), for a generated title.</summary>
    public string WithoutUndatedDateline(string paragraph)
    {
        var match = rules.UndatedDateline.Match(paragraph);
        return match.Success ? paragraph[match.Length..] : paragraph;
    }
}
