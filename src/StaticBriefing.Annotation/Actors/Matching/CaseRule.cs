namespace StaticBriefing.Annotation.Actors.Matching;

/// <summary>How strictly a phrase's capitalisation must match the text.</summary>
internal enum CaseRule
{
    /// <summary>Names: "Turkey" is not "turkey", "US" is not "us".</summary>
    Exact,

    /// <summary>Descriptions: "The Russian president" at a sentence start is still the description.</summary>
    FirstLetterFree,

    /// <summary>Cue words: "said", "According to".</summary>
    Any,
}
