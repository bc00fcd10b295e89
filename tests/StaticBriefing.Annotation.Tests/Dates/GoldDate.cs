namespace StaticBriefing.Annotation.Tests.Dates;

/// <summary>A gold date entry located in its seed: [Start, End) and whether it is article body.</summary>
public sealed record GoldDate(int Start, int End, string Text, string Value, string Type, string? Mod, bool Body);
