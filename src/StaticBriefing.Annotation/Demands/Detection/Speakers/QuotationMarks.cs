namespace StaticBriefing.Annotation.Demands.Detection.Speakers;

/// <summary>
/// Double quotation marks, read one character at a time: whether a quotation is open after a character.
/// Curly marks say which way they face; a straight mark turns the state over. A blank line closes any
/// quotation, since a quote running on into the next paragraph opens again there.
/// </summary>
public static class QuotationMarks
{
    public static bool IsOpening(char c) => c is '“' or '"' or '‘' or '\'' or '«' or '„';

    public static bool StateAfter(string text, int at, bool open) => text[at] switch
    {
        '“' or '«' or '„' => true,
        '”' or '»' => false,
        '"' => !open,
        '\n' when at > 0 && text[at - 1] == '\n' => false,
        _ => open,
    };
}
