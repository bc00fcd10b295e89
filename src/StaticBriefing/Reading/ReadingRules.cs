using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Reading;

/// <summary>
/// What input/reading.yml knows about seed pages: size limits, chrome patterns, metadata patterns
/// and title rules, compiled once.
/// </summary>
public sealed class ReadingRules
{
    public const string FileName = "input/reading.yml";

    private ReadingRules(ReadingSchema.File data, string file)
    {
        MaxBytes = Positive(data.Limits.MaxBytes, file, "limits.max_bytes");
        ShortLineWords = Positive(data.Limits.ShortLineWords, file, "limits.short_line_words");
        ChromeLineMaxChars = Positive(data.Limits.ChromeLineMaxChars, file, "limits.chrome_line_max_chars");
        LabelMaxWords = Positive(data.Limits.LabelMaxWords, file, "limits.label_max_words");
        MenuItemMaxWords = Positive(data.Limits.MenuItemMaxWords, file, "limits.menu_item_max_words");
        MenuRunMinLines = Positive(data.Limits.MenuRunMinLines, file, "limits.menu_run_min_lines");
        ChromeLines = PatternSet.Compile(data.ChromeLines, file, "chrome_lines");
        ChromePrompts = PatternSet.Compile(data.ChromePrompts, file, "chrome_prompts");
        ShareRow = PatternSet.Compile(data.ShareRow, file, "share_row");
        TailMarkers = PatternSet.Compile(data.TailMarkers, file, "tail_markers");
        ListHeadings = PatternSet.Compile(data.ListHeadings, file, "list_headings");
        ListItems = PatternSet.Compile(data.ListItems, file, "list_items");
        SectionLabels = data.SectionLabels.Select(label => label.Trim()).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        WidgetLines = PatternSet.Compile(data.WidgetLines, file, "widget_lines");
        WidgetBlockMaxChars = Positive(data.WidgetBlockMaxChars, file, "widget_block_max_chars");
        CommentOpeners = PatternSet.Compile(data.CommentSection.Openers, file, "comment_section.openers");
        CommentRows = PatternSet.Compile(data.CommentSection.Rows, file, "comment_section.rows");
        CommentMaxLinesBetweenRows = Positive(data.CommentSection.MaxLinesBetweenRows, file, "comment_section.max_lines_between_rows");
        DateLineBullets = data.DateLineBullets;
        DateLineExtras = PatternSet.One(data.DateLineExtras, file, "date_line_extras");
        var metadata = data.Metadata;
        Byline = PatternSet.One(metadata.Byline, file, "metadata.byline", ignoreCase: false);
        Copyright = [.. metadata.Copyright.Select(source => PatternSet.One(source, file, "metadata.copyright"))];
        PersonName = PatternSet.One(metadata.PersonName, file, "metadata.person_name", ignoreCase: false);
        AuthorJoiners = [.. metadata.AuthorJoiners.Select(word => " " + word.Trim() + " ")];
        NotPersonWords = metadata.NotPersonWords.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        OutletPhrases = [.. metadata.OutletPhrases.Select(source => PatternSet.One(source, file, "metadata.outlet_phrases"))];
        PublisherPhrases = [.. metadata.PublisherPhrases.Select(source => PatternSet.One(source, file, "metadata.publisher_phrases"))];
        WriterWidget = PatternSet.One(metadata.WriterWidget, file, "metadata.writer_widget");
        IssuerLine = metadata.IssuerLine is { } issuer ? PatternSet.One(issuer, file, "metadata.issuer_line") : null;
        OutletWords = metadata.OutletWords.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        LegalSuffixes = LegalSuffixes.Compile(metadata.LegalSuffixes, file, "metadata.legal_suffixes");
        Dateline = PatternSet.One(metadata.Dateline, file, "metadata.dateline", ignoreCase: false);
        UndatedDateline = PatternSet.One(metadata.UndatedDateline, file, "metadata.undated_dateline", ignoreCase: false);
        AsOfSignals = [.. metadata.AsOfSignals];
        PageStamps = PatternSet.Compile(metadata.PageStamps, file, "metadata.page_stamps");
        Blocks = StructuredBlockRules.Compile(data.StructuredBlocks, file);
        AuthorBioVerbs = [.. metadata.AuthorBioVerbs];
        AuthorBioSubjects = [.. metadata.AuthorBioSubjects];
        MailHeaders = metadata.MailHeaders.Select(name => name.Trim()).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        TitleMinWords = Positive(data.Title.MinWords, file, "title.min_words");
        TitleMaxWords = Positive(data.Title.MaxWords, file, "title.max_words");
        MastheadMaxWords = Positive(data.Title.MastheadMaxWords, file, "title.masthead_max_words");
        GeneratedTitleMaxWords = Positive(data.Title.GeneratedMaxWords, file, "title.generated_max_words");
        GeneratedTitleMaxChars = Positive(data.Title.GeneratedMaxChars, file, "title.generated_max_chars");
        WeakEndings = data.Title.WeakEndings.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        NotTitles = PatternSet.Compile(data.Title.NotTitles, file, "title.not_titles");
    }

    public int MaxBytes { get; }
    public int ShortLineWords { get; }
    public int ChromeLineMaxChars { get; }
    public int LabelMaxWords { get; }
    public int MenuItemMaxWords { get; }
    public int MenuRunMinLines { get; }
    public PatternSet ChromeLines { get; }
    public PatternSet ChromePrompts { get; }

    /// <summary>An article's share buttons: chrome, and a sign that the headline above them is the article's own.</summary>
    public PatternSet ShareRow { get; }
    public PatternSet TailMarkers { get; }
    public PatternSet ListHeadings { get; }
    public PatternSet ListItems { get; }
    public ImmutableHashSet<string> SectionLabels { get; }
    public PatternSet WidgetLines { get; }
    public int WidgetBlockMaxChars { get; }
    public PatternSet CommentOpeners { get; }
    public PatternSet CommentRows { get; }
    public int CommentMaxLinesBetweenRows { get; }
    public string DateLineBullets { get; }
    public Regex DateLineExtras { get; }
    public Regex Byline { get; }
    public ImmutableArray<Regex> Copyright { get; }
    public Regex PersonName { get; }
    /// <summary>Joiners of two authors in a byline, with the spaces around them (" and ").</summary>
    public ImmutableArray<string> AuthorJoiners { get; }
    public ImmutableHashSet<string> NotPersonWords { get; }
    public ImmutableArray<Regex> OutletPhrases { get; }

    /// <summary>Imprint phrases naming the site's publisher ("… a portal for information from NAME."): the outlet when nothing else names one.</summary>
    public ImmutableArray<Regex> PublisherPhrases { get; }
    public Regex WriterWidget { get; }

    /// <summary>A government page's issuer line ("From: BODY and NAME"), whose person is the author.</summary>
    public Regex? IssuerLine { get; }
    public ImmutableHashSet<string> OutletWords { get; }
    public LegalSuffixes LegalSuffixes { get; }
    public Regex Dateline { get; }
    public Regex UndatedDateline { get; }
    public ImmutableArray<string> AsOfSignals { get; }

    /// <summary>A date line that dates the page itself ("This page was last edited on …").</summary>
    public PatternSet PageStamps { get; }

    /// <summary>Blocks shaped like chrome that are content: reference lists, infoboxes; and contents tables, which are not.</summary>
    public StructuredBlockRules Blocks { get; }
    public ImmutableArray<string> AuthorBioVerbs { get; }
    public ImmutableArray<string> AuthorBioSubjects { get; }

    /// <summary>Header names that open a page saved from a mail client ("From", "Date", "Subject").</summary>
    public ImmutableHashSet<string> MailHeaders { get; }
    public int TitleMinWords { get; }
    public int TitleMaxWords { get; }
    public int MastheadMaxWords { get; }
    public int GeneratedTitleMaxWords { get; }
    public int GeneratedTitleMaxChars { get; }
    public ImmutableHashSet<string> WeakEndings { get; }

    /// <summary>Headline-shaped lines that are never the title ("KYIV, UKRAINE (29 MARCH 2027) (POOL)").</summary>
    public PatternSet NotTitles { get; }

    /// <summary>Whether a name holds an outlet word ("The Baltic Herald"): an outlet's name, not a person's.</summary>
    public bool NamesOutlet(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(word => OutletWords.Contains(word.Trim('.', ',')));

    public static ReadingRules Parse(DataFile file) =>
        new(StrictYaml.Deserialize<ReadingSchema.File>(file.Text, file.Name), file.Name);

    public static ReadingRules Load(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            throw new DataFileException(FileName, null, null, "file not found");
        }
        return Parse(new DataFile(FileName, File.ReadAllText(path)));
    }

    private static int Positive(int value, string file, string field) =>
        value > 0 ? value : throw new DataFileException(file, null, field, "must be a positive number");
}
