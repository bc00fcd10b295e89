using System.Diagnostics;

namespace StaticBriefing.Testing;

/// <summary>
/// Hostile input must not make the code run away (quadratic scans, regex backtracking). The limit is
/// a hang guard far above normal cost, not a speed target: throughput is the 'bench' command's job.
/// </summary>
public static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static T Run<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Elapsed.ShouldBeLessThan(Limit, "hostile input ran away");
        return result;
    }

    public static void Run(Action work) => Run(() => { work(); return 0; });
}
