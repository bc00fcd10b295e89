using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Pipeline;

/// <summary>Turns an exception from a stage into a one-line error: data-file errors keep their file and line.</summary>
public static class ErrorLine
{
    public static (string Source, int? Line, string Message) Describe(Exception error, string itemSource) => error switch
    {
        DataFileException data => (data.File, data.Line, OneLine(data.Field is null ? YamlMessages.Plain(data.Problem) : $"field '{data.Field}': {YamlMessages.Plain(data.Problem)}")),
        AggregateException { InnerExceptions: [var inner] } => Describe(inner, itemSource),
        ArgumentException or FormatException or InvalidDataException or InvalidOperationException or IOException
            => (itemSource, null, OneLine(error.Message)),
        _ => (itemSource, null, OneLine($"internal error ({error.GetType().Name}): {error.Message}")),
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
