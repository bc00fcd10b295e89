using System.Collections.Immutable;

namespace StaticBriefing.Reading;

/// <summary>reading.yml's structured_blocks, compiled: what a reference list, a contents table and an infobox look like.</summary>
public sealed class StructuredBlockRules
{
    private StructuredBlockRules(ReadingSchema.StructuredBlocks data, string file)
    {
        ReferenceHeadings = PatternSet.Compile(data.ReferenceLists.Headings, file, "structured_blocks.reference_lists.headings");
        ReferenceItems = PatternSet.Compile(data.ReferenceLists.Items, file, "structured_blocks.reference_lists.items");
        ContentsHeadings = PatternSet.Compile(data.ContentsTables.Headings, file, "structured_blocks.contents_tables.headings");
        ContentsItems = PatternSet.Compile(data.ContentsTables.Items, file, "structured_blocks.contents_tables.items");
        InfoboxLabels = data.InfoboxLabels.Select(label => label.Trim()).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        InfoboxMinLabels = data.InfoboxMinLabels > 0
            ? data.InfoboxMinLabels
            : throw new Annotation.Data.DataFileException(file, null, "structured_blocks.infobox_min_labels", "must be a positive number");
    }

    public PatternSet ReferenceHeadings { get; }
    public PatternSet ReferenceItems { get; }
    public PatternSet ContentsHeadings { get; }
    public PatternSet ContentsItems { get; }
    public ImmutableHashSet<string> InfoboxLabels { get; }
    public int InfoboxMinLabels { get; }

    internal static StructuredBlockRules Compile(ReadingSchema.StructuredBlocks data, string file) => new(data, file);
}
