using System.Globalization;

namespace StaticBriefing.Benchmarking;

/// <summary>One benchmark run: bytes annotated, time taken on one thread, peak memory.</summary>
public sealed record BenchResult(int Documents, long Bytes, TimeSpan Elapsed, long PeakWorkingSetBytes, long AllocatedBytes, double TargetMegabytesPerSecond)
{
    public double MegabytesPerSecond => Bytes / 1_000_000d / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public bool MeetsTarget => MegabytesPerSecond >= TargetMegabytesPerSecond;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"""
        corpus:      {Documents} documents, {Bytes / 1_000_000d:0.00} MB (UTF-8)
        time:        {Elapsed.TotalSeconds:0.000} s on one thread
        throughput:  {MegabytesPerSecond:0.00} MB/s per core (target {TargetMegabytesPerSecond:0.##}: {(MeetsTarget ? "met" : "NOT met")})
        peak memory: {PeakWorkingSetBytes / 1_048_576d:0.0} MiB working set, {AllocatedBytes / 1_048_576d:0.0} MiB allocated while annotating

        """);
}
