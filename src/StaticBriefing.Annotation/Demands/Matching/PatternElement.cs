namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>One position of a compiled cue pattern.</summary>
public sealed class PatternElement(ElementKind kind, string[] alternatives, SlotKind slot = SlotKind.Actor)
{
    public ElementKind Kind { get; } = kind;

    public string[] Alternatives { get; } = alternatives;

    public SlotKind Slot { get; } = slot;

    public bool MatchesToken(in Token token)
    {
        switch (Kind)
        {
            case ElementKind.Word:
                foreach (var word in Alternatives)
                {
                    if (ReferenceEquals(token.Norm, word) || token.Norm == word)
                    {
                        return true;
                    }
                }
                return false;
            case ElementKind.Prefix:
                if (!token.IsWord)
                {
                    return false;
                }
                foreach (var prefix in Alternatives)
                {
                    if (token.Norm.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                return false;
            case ElementKind.Any:
                return token.IsWord;
            default:
                return false;
        }
    }
}
