namespace StaticBriefing.Annotation.Tests.Specs;

/// <summary>
/// One case of a spec file: a text (and, where the family needs one, a publication date), the rows
/// the annotator must produce (<c>expect</c>) and rows it must not (<c>forbid</c>). A row is a small
/// map of field → value (<c>{ actor: kremlin, mention: Kremlin }</c>); it matches a produced row
/// that has the same values for the fields it names. With <c>complete: true</c> the produced rows,
/// cut down to the expected fields, must be exactly the expected list in order.
/// </summary>
public sealed class SpecCase
{
    public required string Name { get; set; }

    public required string Text { get; set; }

    public string? Published { get; set; }

    public bool Complete { get; set; }

    public List<Dictionary<string, string?>> Expect { get; set; } = [];

    public List<Dictionary<string, string?>> Forbid { get; set; } = [];

    public override string ToString() => Name;
}
