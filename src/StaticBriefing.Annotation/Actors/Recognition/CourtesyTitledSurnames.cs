using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// "Mr Trump", "Mr. Macron": a person's one-word name inside a form with a courtesy title is no
/// mention of its own, for such a surname counts only where it stands alone. Role titles keep the
/// bare name ("President Putin" gives "Putin"), and so do full names ("Kremlin spokesperson Dmitry Peskov").
/// </summary>
internal static class CourtesyTitledSurnames
{
    public static List<Candidate> Drop(RecognitionState state, List<Candidate> ordered)
    {
        // Candidates come by start, longer first, so a titled form is seen before the names inside it.
        var reach = new Dictionary<int, int>();
        var kept = new List<Candidate>(ordered.Count);
        foreach (var candidate in ordered)
        {
            var person = state.Table[candidate.Actor].Kind == ActorKind.Person;
            if (person && candidate.Form == MentionForm.Name && IsOneWord(state.Text, candidate)
                && reach.TryGetValue(candidate.Actor, out var end) && end >= candidate.End)
            {
                continue;
            }
            kept.Add(candidate);
            if (person && candidate.Form == MentionForm.Extended && StartsWithCourtesyTitle(state, candidate))
            {
                reach[candidate.Actor] = Math.Max(reach.GetValueOrDefault(candidate.Actor), candidate.End);
            }
        }
        return kept;
    }

    private static bool StartsWithCourtesyTitle(RecognitionState state, Candidate candidate) =>
        TextWords.WordStartingAt(state.Text, candidate.Start) is { } word
        && (state.Lexicon.CourtesyTitles.Contains(TextWords.Span(state.Text, word))
            || (word.End < candidate.End && state.Text[word.End] == '.' && state.Lexicon.CourtesyTitles.Contains(state.Text.AsSpan(word.Start, word.End + 1 - word.Start))));

    private static bool IsOneWord(string text, Candidate candidate) =>
        text.AsSpan(candidate.Start, candidate.End - candidate.Start).IndexOfAny(' ', '\u00a0', '\n') < 0;
}
