using System.Globalization;
using System.Text;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// One benchmark run: the whole annotator measured on one thread (the number compared with the
/// target is its CPU time), each stage measured on its own, peak memory and a digest of the output.
/// </summary>
public sealed record BenchResult(
    int Documents,
    long Bytes,
    StageMeasurement Whole,
    IReadOnlyList<StageMeasurement> WarmUp,
    IReadOnlyList<StageMeasurement> Passes,
    IReadOnlyList<StageMeasurement> Stages,
    long PeakWorkingSetBytes,
    double TargetMegabytesPerSecond,
    string ClockSource,
    string Digest)
{
    private double Megabytes => Bytes / 1_000_000d;

    /// <summary>The number compared with the target: MB of text per CPU second of the annotating thread.</summary>
    public double MegabytesPerCpuSecond => PerSecond(Whole.Cpu);

    public double MegabytesPerWallSecond => PerSecond(Whole.Wall);

    public bool MeetsTarget => MegabytesPerCpuSecond >= TargetMegabytesPerSecond;

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"corpus:      {Documents} documents, {Megabytes:0.00} MB (UTF-8)\n");
        text.Append(c, $"clock:       {ClockSource}; wall time shown beside it\n");
        text.Append(c, $"warm-up:     {Seconds(WarmUp)} (until tiered JIT settles)\n");
        text.Append(c, $"passes:      {Seconds(Passes)}; the best is \"whole annotator\" below\n\n");
        text.Append(c, $"{"stage",-16} {"CPU s",8} {"wall s",8} {"MB/s CPU",9} {"MB/s wall",9} {"share",6} {"alloc MB/MB",11} {"GC pause s",10} {"GCs",5}\n");
        var stageCpu = Stages.Sum(s => s.Cpu.TotalSeconds);
        foreach (var stage in Stages.Append(StageMeasurement.Sum("sum of stages", Stages)).Append(Whole))
        {
            var share = stageCpu > 0 ? stage.Cpu.TotalSeconds / stageCpu : 0;
            text.Append(c, $"{stage.Name,-16} {stage.Cpu.TotalSeconds,8:0.000} {stage.Wall.TotalSeconds,8:0.000} ");
            text.Append(c, $"{PerSecond(stage.Cpu),9:0.00} {PerSecond(stage.Wall),9:0.00} {share,6:P0} {stage.AllocatedBytes / 1_000_000d / Megabytes,11:0.0} {stage.GcPause.TotalSeconds,10:0.000} {stage.Collections,5}\n");
        }
        text.Append('\n');
        text.Append(c, $"throughput:  {MegabytesPerCpuSecond:0.00} MB/s per core (whole annotator, CPU time of one thread) — compared with the target {TargetMegabytesPerSecond:0.##}: {(MeetsTarget ? "met" : "NOT met")}\n");
        text.Append(c, $"wall clock:  {MegabytesPerWallSecond:0.00} MB/s (includes waiting for a core on a loaded machine; not compared)\n");
        text.Append(c, $"memory:      {PeakWorkingSetBytes / 1_048_576d:0.0} MiB peak working set, {Whole.AllocatedBytes / 1_000_000d / Megabytes:0.0} MB allocated per MB of text\n");
        text.Append(c, $"digest:      {Digest} (SHA-256 of all annotations; same corpus and same digest = same behaviour)\n");
        return text.ToString();
    }

    private static string Seconds(IEnumerable<StageMeasurement> passes) =>
        string.Join(", ", passes.Select(p => p.Cpu.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture))) + " s CPU";

    private double PerSecond(TimeSpan time) => Megabytes / Math.Max(time.TotalSeconds, 1e-9);
}
