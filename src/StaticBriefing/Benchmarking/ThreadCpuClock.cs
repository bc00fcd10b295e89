using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StaticBriefing.Benchmarking;

/// <summary>
/// CPU time of the calling thread, so a benchmark on a loaded machine measures the work done,
/// not the time spent waiting for a core. Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID), in
/// nanoseconds; elsewhere (or if that call fails) the whole process's CPU time, which is close
/// when the work runs on one thread but also counts the GC's and JIT's background threads.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool PerThread = OperatingSystem.IsLinux() && TryThreadTime(out _);

    /// <summary>What the clock measures, for the report.</summary>
    public static string Source => PerThread
        ? "CPU time of the annotating thread (clock_gettime CLOCK_THREAD_CPUTIME_ID)"
        : "CPU time of the whole process (Process.TotalProcessorTime; includes GC/JIT threads)";

    public static TimeSpan Now()
    {
        if (PerThread && TryThreadTime(out var time))
        {
            return time;
        }
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static bool TryThreadTime(out TimeSpan time)
    {
        time = TimeSpan.Zero;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }
            time = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
            return true;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
