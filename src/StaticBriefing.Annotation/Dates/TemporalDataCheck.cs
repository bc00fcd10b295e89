using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Annotation.Dates;

/// <summary>Semantic checks on input/temporal.yml, reported with the line where the offending text first appears.</summary>
internal sealed class TemporalDataCheck(DataFile file)
{
    public void That(bool condition, string field, string problem, string near)
    {
        if (!condition)
        {
            throw new DataFileException(file.Name, LineOf(near), field, problem);
        }
    }

    /// <summary>The first line that starts with <paramref name="near"/> (a mapping key), else the first that contains it.</summary>
    public int? LineOf(string near)
    {
        var lines = file.Text.Split('\n');
        for (var n = 0; n < lines.Length && near.Length > 0; n++)
        {
            if (lines[n].TrimStart().StartsWith(near, StringComparison.Ordinal))
            {
                return n + 1;
            }
        }
        var at = near.Length == 0 ? -1 : file.Text.IndexOf(near, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var line = 1;
        for (var i = 0; i < at; i++)
        {
            if (file.Text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }
}
