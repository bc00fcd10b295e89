namespace StaticBriefing.Annotation.Dates.Schema;

/// <summary>How to recognise the signature line that closes embedded material (a quoted post).</summary>
public sealed class EmbeddedEntry
{
    public required List<string> SignatureDashes { get; init; }

    public required int MaxLines { get; init; }
}
