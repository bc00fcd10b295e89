using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Annotation.Demands.Matching;

/// <summary>One position of a cue pattern.</summary>
public sealed record PatternElement(ElementKind Kind, EquatableArray<string> Alternatives, SlotKind Slot = SlotKind.Actor)
{
    public bool MatchesToken(in Token token)
    {
        switch (Kind)
        {
            case ElementKind.Word:
                foreach (var word in Alternatives)
                {
                    if (token.Norm == word)
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
