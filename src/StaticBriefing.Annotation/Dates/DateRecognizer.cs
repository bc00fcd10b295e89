using StaticBriefing.Annotation.Dates.Matching;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Annotation.Quotes;

namespace StaticBriefing.Annotation.Dates;

/// <summary>
/// The temporal tagger: finds dates, durations and PRESENT/PAST/FUTURE references sentence by
/// sentence and normalises them to TIMEX3 values against the publication date, or against the
/// date of embedded material (a quoted post with a dated signature line) inside it. The lines of a
/// dated timeline are read in the historic present; a planner's day heading dates the weekdays of the line under it.
/// </summary>
public sealed class DateRecognizer(TemporalLexicon lexicon)
{
    private readonly EmbeddedBlockFinder embedded = new(lexicon);
    private readonly TimelineFinder timelines = new(lexicon);

    public TemporalLexicon Lexicon { get; } = lexicon;

    public EquatableArray<DateAnnotation> Recognize(string text, EquatableArray<Sentence> sentences, ReferenceDate published) =>
        Recognize(text, sentences, published, QuoteSpans.Find(text));

    /// <summary>Recognises the dates of a text whose quotations are already found (<see cref="QuoteSpans.Find"/>).</summary>
    internal EquatableArray<DateAnnotation> Recognize(string text, EquatableArray<Sentence> sentences, ReferenceDate published, List<QuoteSpans.Span> quotations)
    {
        var blocks = embedded.Find(text, published);
        var found = new List<DateAnnotation>();
        var context = new ScanContext(Lexicon) { Timeline = timelines.Find(text, published), Quotations = Quotations(quotations) };
        var scanner = new TemporalScanner(context);
        Func<int, ReferenceDate> referenceAt = blocks.Count == 0 ? _ => published : offset => ReferenceAt(blocks, offset, published);
        foreach (var sentence in sentences)
        {
            Scan(scanner, text, sentence.Start, sentence.End, sentence.Index, referenceAt, found);
        }
        context.Release();
        DayHeadingWeekdays.Apply(text, found, Lexicon);
        return found.ToEquatableArray();
    }

    /// <summary>Tags one line or sentence on its own against <paramref name="reference"/>; every annotation has sentence 0.</summary>
    public EquatableArray<DateAnnotation> RecognizeLine(string line, ReferenceDate reference)
    {
        var found = new List<DateAnnotation>();
        var context = new ScanContext(Lexicon);
        Scan(new TemporalScanner(context), line, 0, line.Length, 0, _ => reference, found);
        context.Release();
        return found.ToEquatableArray();
    }

    /// <summary>The embedded blocks of a text and the dates that anchor them.</summary>
    public IReadOnlyList<EmbeddedBlock> FindEmbeddedBlocks(string text, ReferenceDate published) => embedded.Find(text, published);

    private static void Scan(TemporalScanner scanner, string text, int start, int end, int sentence, Func<int, ReferenceDate> referenceAt, List<DateAnnotation> found)
    {
        scanner.Context.Load(text, start, end, referenceAt);
        var tokens = scanner.Context.Tokens;
        foreach (var match in scanner.Scan())
        {
            found.Add(new DateAnnotation(tokens[match.First].Start, tokens[match.End - 1].End, sentence, match.Type, match.Value, match.Mod));
        }
    }

    /// <summary>The block containing <paramref name="offset"/> decides its reference; blocks are sorted and disjoint.</summary>
    private static ReferenceDate ReferenceAt(List<EmbeddedBlock> blocks, int offset, ReferenceDate published)
    {
        int low = 0, high = blocks.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var block = blocks[middle];
            if (offset < block.Start)
            {
                high = middle - 1;
            }
            else if (offset >= block.End)
            {
                low = middle + 1;
            }
            else
            {
                return block.Reference;
            }
        }
        return published;
    }

    /// <summary>
    /// The quotations the quote finder sees: a day named inside one is the speaker's ("starting from
    /// tomorrow, May 12"), so a later "the same day" or "in the afternoon" does not count from it.
    /// </summary>
    private static List<TextRange> Quotations(List<QuoteSpans.Span> spans) =>
        [.. spans.Select(span => new TextRange(span.Start, span.End))];
}
