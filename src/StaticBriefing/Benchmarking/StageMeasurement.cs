using System.Diagnostics;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// One piece of work measured on the calling thread: wall time, CPU time, bytes allocated, and the
/// garbage collector's share (pause time, collections of any generation).
/// </summary>
public sealed record StageMeasurement(string Name, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, TimeSpan GcPause, int Collections)
{
    public static StageMeasurement Of(string name, Action work)
    {
        // Collect first so garbage left by an earlier stage is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var cpu = ThreadCpuClock.Now();
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        var cpuTime = ThreadCpuClock.Now() - cpu;
        return new StageMeasurement(name, wall.Elapsed, cpuTime, GC.GetAllocatedBytesForCurrentThread() - allocated,
            GC.GetTotalPauseDuration() - pause, GC.CollectionCount(0) - collections);
    }

    public static StageMeasurement Sum(string name, IEnumerable<StageMeasurement> parts)
    {
        var list = parts.ToList();
        return new StageMeasurement(name,
            TimeSpan.FromTicks(list.Sum(p => p.Wall.Ticks)),
            TimeSpan.FromTicks(list.Sum(p => p.Cpu.Ticks)),
            list.Sum(p => p.AllocatedBytes),
            TimeSpan.FromTicks(list.Sum(p => p.GcPause.Ticks)),
            list.Sum(p => p.Collections));
    }
}
