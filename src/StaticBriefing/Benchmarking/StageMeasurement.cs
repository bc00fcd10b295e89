using System.Diagnostics;

namespace StaticBriefing.Benchmarking;

/// <summary>One piece of work measured on the calling thread: wall time, CPU time, bytes allocated.</summary>
public sealed record StageMeasurement(string Name, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes)
{
    public static StageMeasurement Of(string name, Action work)
    {
        // Collect first so garbage left by an earlier stage is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuClock.Now();
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        var cpuTime = ThreadCpuClock.Now() - cpu;
        return new StageMeasurement(name, wall.Elapsed, cpuTime, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    public static StageMeasurement Sum(string name, IEnumerable<StageMeasurement> parts)
    {
        var list = parts.ToList();
        return new StageMeasurement(name,
            TimeSpan.FromTicks(list.Sum(p => p.Wall.Ticks)),
            TimeSpan.FromTicks(list.Sum(p => p.Cpu.Ticks)),
            list.Sum(p => p.AllocatedBytes));
    }
}
