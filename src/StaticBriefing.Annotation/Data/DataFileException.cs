namespace StaticBriefing.Annotation.Data;

/// <summary>
/// Bad input in a data file, reported as one line: "FILE:LINE: field 'X': what is wrong".
/// </summary>
public sealed class DataFileException(string file, int? line, string? field, string problem)
    : Exception(Format(file, line, field, problem))
{
    public string File { get; } = file;

    public int? Line { get; } = line;

    public string? Field { get; } = field;

    public string Problem { get; } = problem;

    private static string Format(string file, int? line, string? field, string problem)
    {
        var where = line is null ? file : $"{file}:{line}";
        return field is null ? $"{where}: {problem}" : $"{where}: field '{field}': {problem}";
    }
}
