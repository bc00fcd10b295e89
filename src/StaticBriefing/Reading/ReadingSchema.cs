namespace StaticBriefing.Reading;

/// <summary>input/reading.yml as written; <see cref="ReadingRules"/> compiles it.</summary>
internal static class ReadingSchema
{
    public sealed class File
    {
        public required Limits Limits { get; init; }
        public required List<string> ChromeLines { get; init; }
        public required List<string> ChromePrompts { get; init; }
        public required List<string> ShareRow { get; init; }
        public required List<string> TailMarkers { get; init; }
        public required List<string> ListHeadings { get; init; }
        public required List<string> ListItems { get; init; }
        public required List<string> SectionLabels { get; init; }
        public required List<string> WidgetLines { get; init; }
        public required int WidgetBlockMaxChars { get; init; }
        public required CommentSection CommentSection { get; init; }
        public required string DateLineBullets { get; init; }
        public required string DateLineExtras { get; init; }
        public required Metadata Metadata { get; init; }
        public required Title Title { get; init; }
        public required StructuredBlocks StructuredBlocks { get; init; }
    }

    public sealed class StructuredBlocks
    {
        public required LineBlock ReferenceLists { get; init; }
        public required LineBlock ContentsTables { get; init; }
        public required List<string> InfoboxLabels { get; init; }
        public required int InfoboxMinLabels { get; init; }
    }

    /// <summary>A heading and the item lines under it.</summary>
    public sealed class LineBlock
    {
        public required List<string> Headings { get; init; }
        public required List<string> Items { get; init; }
    }

    public sealed class Limits
    {
        public required int MaxBytes { get; init; }
        public required int ShortLineWords { get; init; }
        public required int ChromeLineMaxChars { get; init; }
        public required int LabelMaxWords { get; init; }
        public required int MenuItemMaxWords { get; init; }
        public required int MenuRunMinLines { get; init; }
    }

    public sealed class CommentSection
    {
        public required List<string> Openers { get; init; }
        public required List<string> Rows { get; init; }
        public required int MaxLinesBetweenRows { get; init; }
    }

    public sealed class Metadata
    {
        public required string Byline { get; init; }
        public required List<string> Copyright { get; init; }
        public required string PersonName { get; init; }
        public required List<string> AuthorJoiners { get; init; }
        public required List<string> NotPersonWords { get; init; }
        public required List<string> OutletPhrases { get; init; }
        public required List<string> PublisherPhrases { get; init; }
        public required string WriterWidget { get; init; }

        /// <summary>A government page's "From: BODY and NAME" line; group <c>issuers</c>.</summary>
        public string? IssuerLine { get; init; }
        public required List<string> OutletWords { get; init; }
        public required List<string> LegalSuffixes { get; init; }
        public required string Dateline { get; init; }
        public required string UndatedDateline { get; init; }
        public required List<string> AsOfSignals { get; init; }
        public required List<string> PageStamps { get; init; }
        public required List<string> AuthorBioVerbs { get; init; }
        public required List<string> AuthorBioSubjects { get; init; }

        /// <summary>Header names of a mail saved with its transport headers ("From", "Subject").</summary>
        public List<string> MailHeaders { get; init; } = [];
    }

    public sealed class Title
    {
        public required int MinWords { get; init; }
        public required int MaxWords { get; init; }
        public required int MastheadMaxWords { get; init; }
        public required int GeneratedMaxWords { get; init; }
        public required int GeneratedMaxChars { get; init; }
        public required List<string> WeakEndings { get; init; }

        /// <summary>Head lines shaped like a headline that never are the title (a shotlist's location-and-date line).</summary>
        public List<string> NotTitles { get; init; } = [];
    }
}
