namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>
/// A compiled cue phrase. Syntax, word by word: a literal word (case-insensitive, quotes and
/// apostrophe styles ignored), "a|b" alternatives, "word*" a prefix, "*" any one word, ".." a gap
/// of up to <see cref="MaxGap"/> words, "{actor}", "{person}", "{state}" or "{agent}" an actor mention.
/// A compiled matcher, not data: it holds arrays for speed and compares by reference.
/// </summary>
public sealed class CuePattern(string source, PatternElement[] elements)
{
    public const int MaxGap = 6;

    public string Source { get; } = source;

    public PatternElement[] Elements { get; } = elements;

    // The sketch bits of each word element after the first (the first is found by index): a sentence must hold one word of each.
    private readonly ulong[] laterWords = [.. elements.Skip(1).Where(element => element.Kind == ElementKind.Word).Select(element => WordSketch.OfAny(element.Alternatives))];

    /// <summary>Whether a sentence with this <see cref="SentenceTokens.Sketch"/> may hold every later word of the pattern.</summary>
    internal bool MayMatchIn(ulong sketch)
    {
        foreach (var bits in laterWords)
        {
            if ((bits & sketch) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How many of its elements are words (or word prefixes): how specific it is.</summary>
    public int WordCount => Elements.Count(element => element.Kind is ElementKind.Word or ElementKind.Prefix);

    /// <summary>Compiles a cue the lexicon's parser has already checked; a bad one is a programming error.</summary>
    public static CuePattern CompileChecked(string cue) =>
        Compile(cue, out var problem) ?? throw new ArgumentException(problem, nameof(cue));

    /// <summary>Compiles a cue; returns null with a reason when the cue is malformed.</summary>
    public static CuePattern? Compile(string source, out string? problem)
    {
        problem = null;
        var elements = new List<PatternElement>();
        foreach (var piece in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!AddPiece(piece, elements, out problem))
            {
                return null;
            }
        }
        if (elements.Count == 0)
        {
            problem = "the cue is empty";
            return null;
        }
        if (elements[0].Kind == ElementKind.Gap || elements[^1].Kind == ElementKind.Gap)
        {
            problem = $"cue '{source}' may not start or end with '..'";
            return null;
        }
        return new CuePattern(source, [.. elements]);
    }

    private static bool AddPiece(string piece, List<PatternElement> elements, out string? problem)
    {
        problem = null;
        switch (piece)
        {
            case "*":
                elements.Add(new PatternElement(ElementKind.Any, []));
                return true;
            case "..":
                elements.Add(new PatternElement(ElementKind.Gap, []));
                return true;
        }
        if (piece.StartsWith('{'))
        {
            SlotKind? slot = piece switch
            {
                "{actor}" => SlotKind.Actor,
                "{person}" => SlotKind.Person,
                "{state}" => SlotKind.State,
                "{agent}" => SlotKind.Agent,
                _ => null,
            };
            if (slot is null)
            {
                problem = $"unknown slot '{piece}' (use {{actor}}, {{person}}, {{state}} or {{agent}})";
                return false;
            }
            elements.Add(new PatternElement(ElementKind.Slot, [], slot.Value));
            return true;
        }
        if (piece is Tokenizer.Possessive or "’s")
        {
            // Alone, the tokenizer reads the apostrophe as a quote mark; after a word it is the possessive token.
            elements.Add(new PatternElement(ElementKind.Word, [Tokenizer.Possessive]));
            return true;
        }
        if (piece.Contains('|'))
        {
            return AddAlternatives(piece, elements, out problem);
        }
        var prefix = piece.Length > 1 && piece.EndsWith('*');
        var words = Tokenizer.Tokenize(prefix ? piece[..^1] : piece, 0, prefix ? piece.Length - 1 : piece.Length);
        if (words.Count == 0)
        {
            // A lone quote mark: quotes are not tokens, so it matches nothing and is dropped.
            return true;
        }
        for (var i = 0; i < words.Count; i++)
        {
            var kind = prefix && i == words.Count - 1 ? ElementKind.Prefix : ElementKind.Word;
            elements.Add(new PatternElement(kind, [words[i].Norm]));
        }
        return true;
    }

    private static bool AddAlternatives(string piece, List<PatternElement> elements, out string? problem)
    {
        problem = null;
        var alternatives = new List<string>();
        var prefix = false;
        foreach (var alternative in piece.Split('|'))
        {
            var isPrefix = alternative.Length > 1 && alternative.EndsWith('*');
            var body = isPrefix ? alternative[..^1] : alternative;
            var words = Tokenizer.Tokenize(body, 0, body.Length);
            if (words.Count != 1 || (alternatives.Count > 0 && isPrefix != prefix))
            {
                problem = $"alternative '{alternative}' in '{piece}' must be a single word, all prefixes or none";
                return false;
            }
            prefix = isPrefix;
            alternatives.Add(words[0].Norm);
        }
        elements.Add(new PatternElement(prefix ? ElementKind.Prefix : ElementKind.Word, [.. alternatives]));
        return true;
    }
}
