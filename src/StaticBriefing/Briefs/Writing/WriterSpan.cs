namespace StaticBriefing.Briefs.Writing;

/// <summary>
/// An annotation placed in the text: [Start, End), the unit (sentence) it sits in, its attribute
/// block, and Rank, which decides nesting for equal extents (lower = outer).
/// </summary>
public sealed record WriterSpan(int Start, int End, int Unit, int Rank, string Attributes);
