namespace StaticBriefing.Annotation.Dates;

/// <summary>One country's date for a shared holiday name, and the words that name the country.</summary>
internal sealed record HolidayOwner(HashSet<int> Cues, HolidayRule Rule);
