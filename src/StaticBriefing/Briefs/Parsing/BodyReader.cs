using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Briefs.Anchors;
using StaticBriefing.Markdown;
using StaticBriefing.Markdown.Spans;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Reads the body through Markdig: every piece of text must sit in a sentence span
/// <c>[…]{#s-xxxxxx}</c>; inside sentences, spans carry exactly one annotation class. A level-one
/// heading as the first block is the article's headline: its sentences are marked as such.
/// </summary>
public sealed class BodyReader
{
    public static readonly string[] Kinds = ["actor", "date", "demand", "quote", "claim"];

    /// <summary>Far more than any real sentence needs; deeper input is hostile and would exhaust the renderer.</summary>
    public const int MaxDepth = 32;

    private readonly string file;
    private readonly int firstLine;
    private readonly List<BodySentence> sentences = [];
    private readonly List<BodySpan> spans = [];
    private readonly SentenceAnchorRules anchors;
    private int paragraphs;
    private bool inHeadline;

    private BodyReader(string file, int firstLine)
    {
        this.file = file;
        this.firstLine = firstLine;
        anchors = new SentenceAnchorRules(file);
    }

    public static BodyContent Read(string file, string body, int firstLine)
    {
        var reader = new BodyReader(file, firstLine);
        MarkdownDocument document;
        try
        {
            document = MarkdownPipelines.Parse(body);
        }
        catch (ArgumentException error)
        {
            // Markdig's guard against absurdly deep nesting.
            throw new DataFileException(file, firstLine, null, error.Message);
        }
        reader.ReadBlocks(document);
        return new BodyContent(reader.sentences, reader.spans);
    }

    private int LineOf(MarkdownObject node) => firstLine + node.Line;

    private void ReadBlocks(ContainerBlock container)
    {
        for (var index = 0; index < container.Count; index++)
        {
            var block = container[index];
            inHeadline = index == 0 && block is HeadingBlock { Level: 1 } && container is MarkdownDocument;
            switch (block)
            {
                case ContainerBlock inner:
                    ReadBlocks(inner);
                    break;
                case LeafBlock { Inline: { } inline }:
                    ReadLeaf(inline);
                    break;
                case LeafBlock leaf when leaf is CodeBlock:
                    throw new DataFileException(file, LineOf(leaf), null, "code blocks are not allowed in a brief body (indent by less than four spaces)");
            }
        }
    }

    private void ReadLeaf(ContainerInline inline)
    {
        var found = false;
        foreach (var child in inline)
        {
            if (child is BracketedSpan { Attributes.Id: { } anchor } sentence)
            {
                ReadSentence(sentence, anchor);
                found = true;
            }
            else if (child is BracketedSpan span)
            {
                throw new DataFileException(file, LineOf(span), null, "annotation span outside a sentence; wrap the sentence as [ … ]{#s-xxxxxx}");
            }
            else if (InlineText.Plain(child).Trim().Length > 0)
            {
                throw new DataFileException(file, LineOf(child), null,
                    $"text outside a sentence span: \"{InlineText.Shorten(InlineText.Plain(child))}\"; every sentence is written [ … ]{{#s-xxxxxx}}");
            }
        }
        paragraphs += found ? 1 : 0;
    }

    private void ReadSentence(BracketedSpan sentence, string anchor)
    {
        var line = LineOf(sentence);
        anchors.Check(sentence, anchor, line);
        var text = new StringBuilder();
        ReadContent(sentence, anchor, text, 1);
        sentences.Add(new BodySentence(anchor, SentenceText.Normalise(text.ToString()), paragraphs, line, inHeadline));
    }

    private void ReadContent(ContainerInline container, string anchor, StringBuilder text, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DataFileException(file, LineOf(container), null, $"markup nested more than {MaxDepth} levels deep in sentence {anchor}");
        }
        foreach (var child in container)
        {
            if (child is DelimiterInline delimiter)
            {
                text.Append(delimiter.ToLiteral());
                ReadContent(delimiter, anchor, text, depth + 1);
                continue;
            }
            if (child is not BracketedSpan span)
            {
                // Emphasis or a link may hold annotation spans of its own.
                if (child is ContainerInline nested)
                {
                    ReadContent(nested, anchor, text, depth + 1);
                }
                else
                {
                    text.Append(InlineText.Plain(child));
                }
                continue;
            }
            var kinds = span.Attributes.Classes.Where(Kinds.Contains).ToList();
            if (span.Attributes.Id is not null || kinds.Count != 1 || span.Attributes.Classes.Count != 1)
            {
                throw new DataFileException(file, LineOf(span), null,
                    $"a span inside sentence {anchor} needs exactly one class of {string.Join(", ", Kinds.Select(k => "." + k))} and no #id");
            }
            var index = spans.Count;
            spans.Add(null!);
            var inner = new StringBuilder();
            ReadContent(span, anchor, inner, depth + 1);
            text.Append(inner);
            spans[index] = new BodySpan(kinds[0], span.Attributes, SentenceText.Normalise(inner.ToString()), anchor, LineOf(span));
        }
    }
}
