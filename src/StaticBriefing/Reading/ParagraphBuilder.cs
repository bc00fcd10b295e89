using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Content lines become paragraphs, one per line, except that a line starting in lower case after
/// a line that does not end a sentence continues it (a hard wrap inside a sentence).
/// </summary>
public static class ParagraphBuilder
{
    public static EquatableArray<string> Build(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var previousBlank = true;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            if (!previousBlank && paragraphs.Count > 0 && !TextShape.EndsSentence(paragraphs[^1]) && TextShape.StartsLowercase(line))
            {
                paragraphs[^1] += " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }
            previousBlank = false;
        }
        return paragraphs.ToEquatableArray();
    }
}
