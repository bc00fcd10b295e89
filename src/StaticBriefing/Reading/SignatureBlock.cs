namespace StaticBriefing.Reading;

/// <summary>
/// An e-mail's signature: the lines under the "-- " delimiter (RFC 3676) up to the next blank line,
/// the sender's name, post and telephone number. A digest or list archive prints one per message.
/// Lines of prose end the block: a delimiter followed by running text is no signature.
/// </summary>
public static class SignatureBlock
{
    private const int MaxLines = 6;

    public static void Mark(string[] texts, bool[] chrome)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] != "--")
            {
                continue;
            }
            var end = i + 1;
            while (end < texts.Length && texts[end].Length > 0 && end - i <= MaxLines && !TextShape.IsProse(texts[end]))
            {
                end++;
            }
            if (end == texts.Length || texts[end].Length == 0)
            {
                Array.Fill(chrome, true, i, end - i);
            }
            i = end - 1;
        }
    }
}
