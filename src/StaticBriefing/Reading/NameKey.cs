using System.Globalization;

namespace StaticBriefing.Reading;

/// <summary>A name for comparison: lower case, letters and digits only, single spaces, without a leading "the".</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var letters = name.ToLower(CultureInfo.InvariantCulture).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        var words = new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }
}
