using StaticBriefing.Briefs;

namespace StaticBriefing.Tests.HandMadeBriefs;

/// <summary>The five hand-made briefs, one per seed, until the seed → brief chain is merged.</summary>
internal static class SeedBriefs
{
    public static IReadOnlyList<Brief> All { get; } = [Seed000.Brief, Seed001.Brief, Seed002.Brief, Seed003.Brief, Seed004.Brief];
}
