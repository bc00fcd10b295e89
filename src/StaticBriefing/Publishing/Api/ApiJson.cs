using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticBriefing.Publishing.Api;

/// <summary>
/// The one JSON format of the data API: snake_case names, enums as snake_case strings, two-space
/// indent, '\n' line ends, a final newline, non-ASCII text as is (the files are served as
/// application/json with nosniff, never inlined in HTML). Property order is declaration order.
/// </summary>
public static class ApiJson
{
    public const int Version = 1;

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static PublishedFile File<T>(string path, T document) =>
        new(path, JsonSerializer.Serialize(document, Options) + "\n");
}
