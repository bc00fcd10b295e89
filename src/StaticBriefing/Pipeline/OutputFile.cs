using System.Text;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Pipeline;

/// <summary>
/// A file to publish: a relative path with forward slashes ("briefs/ID/index.html") and its bytes.
/// Value equality, so memoised stages can compare outputs.
/// </summary>
public sealed record OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputFile(string path, EquatableArray<byte> content)
    {
        Path = OutputPath.Normalize(path);
        Content = content;
    }

    public string Path { get; }

    public EquatableArray<byte> Content { get; }

    /// <summary>Text files are always UTF-8 without a byte-order mark and with '\n' line ends.</summary>
    public static OutputFile FromText(string path, string text) =>
        new(path, Utf8.GetBytes(text.ReplaceLineEndings("\n")).ToEquatableArray());

    public string ReadText() => Utf8.GetString(Content.AsImmutableArray().AsSpan());
}
