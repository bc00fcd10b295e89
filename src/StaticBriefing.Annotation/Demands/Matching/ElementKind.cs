namespace StaticBriefing.Annotation.Demands.Matching;

public enum ElementKind
{
    /// <summary>One token equal to one of the alternatives ("forces|troops").</summary>
    Word,

    /// <summary>One word token starting with one of the alternatives ("demobili*").</summary>
    Prefix,

    /// <summary>Any one word token ("*").</summary>
    Any,

    /// <summary>Zero to <see cref="CuePattern.MaxGap"/> word tokens, no punctuation ("..").</summary>
    Gap,

    /// <summary>An actor mention ("{actor}", "{person}", "{state}", "{agent}").</summary>
    Slot,
}
