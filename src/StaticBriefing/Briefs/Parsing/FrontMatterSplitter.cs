using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>Finds the front matter: line 1 is '---', the next line that is exactly '---' closes it.</summary>
public static class FrontMatterSplitter
{
    public static SplitBrief Split(DataFile file)
    {
        var text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }
        if (text.Contains('\0'))
        {
            throw new DataFileException(file.Name, 1, null, "binary content (NUL characters); expected UTF-8 Markdown text");
        }
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new DataFileException(file.Name, 1, null, "the file must start with a '---' line that opens its YAML front matter");
        }
        var close = text.StartsWith("---\n---\n", StringComparison.Ordinal) ? 3 : text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            close = text.Length - 4;
        }
        if (close < 0)
        {
            throw new DataFileException(file.Name, 1, null, "the front matter is never closed by a '---' line");
        }
        var yaml = text[..(close + 1)];
        var bodyStart = Math.Min(text.Length, close + 5);
        var bodyLine = yaml.Count(c => c == '\n') + 2;
        return new SplitBrief(text, yaml, text[bodyStart..], bodyLine);
    }
}
