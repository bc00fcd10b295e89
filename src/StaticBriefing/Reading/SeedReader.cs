using StaticBriefing.Annotation.Data;
using StaticBriefing.Annotation.Dates;
using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Reading;

/// <summary>
/// Reads a seed page into an <see cref="Article"/>: decode, mark chrome, take the headline, byline
/// and dateline into metadata, find the publication date, and keep the rest as paragraphs.
/// A sidecar seeds/NAME.yml overrides any metadata field.
/// </summary>
public sealed class SeedReader
{
    private readonly ReadingRules rules;
    private readonly ChromeClassifier chrome;
    private readonly HeadReader head;
    private readonly DatelineReader datelines;
    private readonly PublicationDateFinder published;
    private readonly TitleGenerator titles;
    private readonly MailSignature signatures;

    public SeedReader(ReadingRules rules, TemporalLexicon temporal)
    {
        var dates = new DateProbe(new DateRecognizer(temporal));
        this.rules = rules;
        chrome = new ChromeClassifier(rules, dates);
        head = new HeadReader(rules);
        datelines = new DatelineReader(rules, dates);
        published = new PublicationDateFinder(rules, dates);
        titles = new TitleGenerator(rules);
        signatures = new MailSignature(rules);
    }

    public static SeedReader Load(string root, TemporalLexicon temporal) => new(ReadingRules.Load(root), temporal);

    /// <summary>Reads FILE (and FILE's .yml sidecar when present); <paramref name="sourceFile"/> names it in errors.</summary>
    public Article ReadFile(string path, string sourceFile)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException(sourceFile, null, null, "file not found");
        }
        var length = new FileInfo(path).Length;
        if (length > rules.MaxBytes)
        {
            throw new DataFileException(sourceFile, null, null, $"too large ({length:N0} bytes; the limit is {rules.MaxBytes:N0})");
        }
        var article = Read(Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path), sourceFile);
        var sidecar = Path.ChangeExtension(path, ".yml");
        return File.Exists(sidecar)
            ? Sidecar.Parse(File.ReadAllText(sidecar), Path.ChangeExtension(sourceFile, ".yml")).ApplyTo(article)
            : article;
    }

    public Article Read(string id, ReadOnlySpan<byte> bytes, string sourceFile) =>
        ReadText(id, SeedDecoder.Decode(bytes, sourceFile, rules.MaxBytes), sourceFile);

    /// <summary>A paragraph without the dated dateline the reader strips from a body's first paragraph.</summary>
    public string WithoutDateline(string paragraph) =>
        datelines.Read(paragraph) is { } dateline ? paragraph[dateline.Length..] : paragraph;

    public Article ReadText(string id, string text, string sourceFile)
    {
        var lines = chrome.Classify(text.Split('\n'));
        // A mail's signature is its byline and stays in the text, though its name line reads as a label.
        var signer = signatures.SignerLine(lines);
        if (signer is { } s)
        {
            lines = [.. lines.Select((line, i) => i == s ? line with { IsChrome = false } : line)];
        }
        var found = head.Read(lines);
        lines = AuthorBio.Mark(lines, found.Author, rules.AuthorBioVerbs, rules.AuthorBioSubjects);
        var title = found.TitleLine is { } t ? lines[t].Trimmed : null;
        // The headline opens the text once; a copy of it further down (a page repeating its title) is
        // chrome, unless it captions an infobox.
        int?[] headLines = [found.TitleLine, found.BylineLine, found.MastheadLine, found.TaglineLine, found.SiteNameLine, found.SlugLine];
        var body = lines.Select((line, i) => line.IsContent && !headLines.Contains(i) && ((line.Trimmed != title && !LabelledTitleCopy.Is(line.Trimmed, title)) || line.Structured) ? line.Text : "");
        var paragraphs = ParagraphBuilder.Build(body).ToList();
        if (paragraphs.Count == 0)
        {
            throw new DataFileException(sourceFile, null, null, "no article text left after removing site chrome");
        }
        // The dateline opens the first paragraph, or the first of prose after a standfirst without a closing stop,
        // or stands alone on a line above that lead ("LONDON, May 12"): then its paragraph goes with it.
        var datelined = 0;
        var dateline = datelines.Read(paragraphs[0]);
        if (dateline is null && paragraphs.FindIndex(TextShape.IsProse) is var prose and > 0)
        {
            datelined = Enumerable.Range(1, prose).FirstOrDefault(i => i == prose || datelines.Read(paragraphs[i])?.Length == paragraphs[i].Length, prose);
            dateline = datelines.Read(paragraphs[datelined]);
        }
        if (dateline is not null)
        {
            paragraphs[datelined] = paragraphs[datelined][dateline.Length..];
            if (paragraphs[datelined].Length == 0 && paragraphs.Count > 1)
            {
                paragraphs.RemoveAt(datelined);
            }
        }
        var evidence = published.Find(found, lines, dateline, string.Join("\n\n", paragraphs));
        var lead = paragraphs.FirstOrDefault(TextShape.IsProse) ?? paragraphs[0];
        return new Article(
            id,
            title ?? titles.Generate(datelines.WithoutUndatedDateline(lead)),
            title is null,
            found.Outlet ?? dateline?.Agency,
            found.Author ?? (signer is { } n ? lines[n].Trimmed : null),
            evidence?.Date,
            evidence?.Basis,
            paragraphs.ToEquatableArray(),
            sourceFile)
        {
            Headline = title,
        };
    }
}
