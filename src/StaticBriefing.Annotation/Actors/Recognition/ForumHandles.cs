using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Sentences;

namespace StaticBriefing.Annotation.Actors.Recognition;

/// <summary>
/// A member addressed by handle in a forum or social thread ("@GrainTrader_Od the SWIFT thing again"):
/// an "@" opening a word (not inside an e-mail address) followed by a handle of letters, digits and
/// underscores names a person of no party; the mention leaves out the "@". A handle the taxonomy knows
/// as a name stays that actor's.
/// </summary>
internal static class ForumHandles
{
    private const int MinChars = 3;
    private const int MaxChars = 30;

    public static void Find(RecognitionState state)
    {
        var text = state.Text;
        for (var at = text.IndexOf('@'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('@', at + 1))
        {
            if (at > 0 && !TextChars.IsSpace(text[at - 1]) && text[at - 1] is not ('(' or '"' or '“'))
            {
                continue; // "name@domain" is an address
            }
            var end = at + 1;
            while (end < text.Length && end - at - 1 < MaxChars && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            var length = end - at - 1;
            // A handle ends at a space or a punctuation mark that is no part of a domain ("@name.org" is an address or a link).
            if (length < MinChars || !char.IsAsciiLetter(text[at + 1]) || (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetter(text[end + 1])))))
            {
                continue;
            }
            if (state.LongestNameAt(at + 1) is not null)
            {
                continue;
            }
            var actor = state.Table.Discover(text[(at + 1)..end], ActorKind.Person, "none", "forum member");
            state.Add(at + 1, end, actor, MentionForm.Name);
        }
    }
}
