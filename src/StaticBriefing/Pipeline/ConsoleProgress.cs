using System.Globalization;

namespace StaticBriefing.Pipeline;

/// <summary>
/// Console progress: one line per pipeline, plus a line each quarter of the way for pipelines
/// with many items, so a long build shows it is alive. Timings go to the console only, never to output.
/// </summary>
public sealed class ConsoleProgress(TextWriter writer) : IBuildProgress
{
    private const int ManyItems = 200;
    private readonly Lock gate = new();

    public void ItemsDone(string pipeline, int done, int total)
    {
        if (total < ManyItems || done % Math.Max(1, total / 4) != 0 || done == total)
        {
            return;
        }
        Write(string.Create(CultureInfo.InvariantCulture, $"  {pipeline,-10} {done}/{total}"));
    }

    public void PipelineDone(string pipeline, PipelineSummary summary)
    {
        var reused = summary.Reused > 0 ? $", {summary.Reused} reused" : "";
        var failed = summary.Failed > 0 ? $", {summary.Failed} failed" : "";
        Write(string.Create(
            CultureInfo.InvariantCulture,
            $"  {pipeline,-10} {summary.Items} item{(summary.Items == 1 ? "" : "s")}{reused}{failed} ({summary.Elapsed.TotalMilliseconds:F0} ms)"));
    }

    private void Write(string line)
    {
        lock (gate)
        {
            writer.WriteLine(line);
        }
    }
}
