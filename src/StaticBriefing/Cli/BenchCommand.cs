using System.CommandLine;
using System.Diagnostics;
using System.Text;
using StaticBriefing.Annotation;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Benchmarking;
using StaticBriefing.Editorial;
using StaticBriefing.Reading;

namespace StaticBriefing.Cli;

/// <summary>'bench': annotation throughput on a deterministic corpus built from the seeds.</summary>
public static class BenchCommand
{
    private const double TargetMegabytesPerSecond = 5;

    public static Command Create()
    {
        var megabytes = new Option<double>("--megabytes") { Description = "Corpus size in MB.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Random seed for recombining sentences.", DefaultValueFactory = _ => 20250722 };
        var root = new Option<string>("--root") { Description = "Repository root (input/, seeds/).", DefaultValueFactory = _ => "." };
        var command = new Command("bench", "Measure annotation throughput (MB/s per core) and peak memory.") { megabytes, seed, root };
        command.SetAction(parse =>
        {
            try
            {
                Console.Out.Write(Run(parse.GetValue(root)!, parse.GetValue(megabytes), parse.GetValue(seed)).ToString());
                return 0;
            }
            catch (DataFileException error)
            {
                Console.Error.WriteLine("error: " + error.Message);
                return 1;
            }
        });
        return command;
    }

    public static BenchResult Run(string root, double megabytes, int seed)
    {
        var knowledge = KnowledgeLoader.Load(root);
        var reader = SeedReader.Load(root, knowledge.Temporal);
        var seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => reader.ReadFile(path, "seeds/" + Path.GetFileName(path)))
            .ToList();
        var corpus = BenchCorpus.Build(seeds, (long)(megabytes * 1_000_000), seed);
        var annotator = new Annotator(knowledge);
        var published = seeds.Select(s => s.Published).FirstOrDefault(p => p is not null) ?? new(2025, 7, 22);
        annotator.Annotate(corpus[0], published); // warm-up: JIT and regex compilation are not throughput
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        foreach (var document in corpus)
        {
            annotator.Annotate(document, published);
        }
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var bytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
        using var process = Process.GetCurrentProcess();
        return new BenchResult(corpus.Count, bytes, clock.Elapsed, process.PeakWorkingSet64, allocated, TargetMegabytesPerSecond);
    }
}
