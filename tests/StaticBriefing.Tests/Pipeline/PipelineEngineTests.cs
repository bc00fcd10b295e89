using System.Collections.Concurrent;
using StaticBriefing.Annotation.Data;
using StaticBriefing.Pipeline;

using StaticBriefing.Tests.Fakes;

namespace StaticBriefing.Tests.Pipeline;

public class PipelineEngineTests
{
    private static Pipeline<string, string> Words(string name, IEnumerable<string> words, Func<string, string>? process = null, ConcurrentBag<string>? calls = null) => new()
    {
        Name = name,
        Input = _ => words.Select(word => new PipelineItem<string>($"{name}/{word}.txt", word, [$"{name}/{word}.html"])),
        Process = (word, _) =>
        {
            calls?.Add(word);
            return new((process ?? (text => text.ToUpperInvariant()))(word));
        },
        Output = word => [OutputFile.FromText($"{name}/{word}.html", word)],
    };

    [Fact]
    public async Task A_pipeline_reads_the_documents_of_its_dependencies()
    {
        var joined = new Pipeline<string, string>
        {
            Name = "Joined",
            DependsOn = ["Words"],
            Input = context => [new PipelineItem<string>("all", string.Join('+', context.Documents<string>("Words")))],
            Process = (text, _) => new(text),
            Output = text => [OutputFile.FromText("joined.txt", text)],
        };

        var result = await new PipelineEngine().RunAsync([joined, Words("Words", ["b", "a"])], SilentProgress.Instance);

        result.Files.Single(file => file.Path == "joined.txt").ReadText().ShouldBe("B+A");
    }

    [Fact]
    public async Task Reading_a_pipeline_that_is_not_a_dependency_fails_that_pipeline()
    {
        var sneaky = new Pipeline<string, string>
        {
            Name = "Sneaky",
            Input = context => [new PipelineItem<string>("x", context.Documents<string>("Words").First())],
            Process = (text, _) => new(text),
        };

        var result = await new PipelineEngine().RunAsync([Words("Words", ["a"]), sneaky], SilentProgress.Instance);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("does not depend on it");
        result.CanPublish.ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_dependencies_and_cycles_are_refused_before_anything_runs()
    {
        var engine = new PipelineEngine();
        IPipeline first = new Pipeline<string, string> { Name = "A", DependsOn = ["B"], Input = _ => [], Process = (x, _) => new(x) };
        IPipeline second = new Pipeline<string, string> { Name = "B", DependsOn = ["A"], Input = _ => [], Process = (x, _) => new(x) };
        IPipeline orphan = new Pipeline<string, string> { Name = "C", DependsOn = ["Nowhere"], Input = _ => [], Process = (x, _) => new(x) };

        (await Should.ThrowAsync<InvalidOperationException>(() => engine.RunAsync([first, second], SilentProgress.Instance))).Message.ShouldContain("cycle");
        (await Should.ThrowAsync<InvalidOperationException>(() => engine.RunAsync([orphan], SilentProgress.Instance))).Message.ShouldContain("unknown pipeline 'Nowhere'");
    }

    [Fact]
    public async Task A_failing_item_gives_one_line_and_the_other_items_still_build()
    {
        var pipeline = Words("Words", ["good", "bad", "fine"], word => word == "bad"
            ? throw new DataFileException("input/bad.md", 12, "title", "must not be empty")
            : word);

        var result = await new PipelineEngine().RunAsync([pipeline], SilentProgress.Instance);

        result.Files.Select(file => file.Path).ShouldBe(["Words/fine.html", "Words/good.html"]);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.ToString().ShouldBe("input/bad.md:12: field 'title': must not be empty");
        error.Fatal.ShouldBeFalse();
        result.Preserve.ShouldBe(["Words/bad.html"]);
        result.CanPublish.ShouldBeTrue();
    }

    [Fact]
    public async Task An_unexpected_exception_is_reported_on_one_line_with_the_item_it_came_from()
    {
        var pipeline = Words("Words", ["boom"], _ => throw new NullReferenceException("line one\nline two"));

        var result = await new PipelineEngine().RunAsync([pipeline], SilentProgress.Instance);

        result.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe("Words/boom.txt: internal error (NullReferenceException): line one line two");
    }

    [Fact]
    public async Task A_second_build_reuses_results_whose_input_did_not_change()
    {
        var engine = new PipelineEngine();
        var calls = new ConcurrentBag<string>();

        await engine.RunAsync([Words("Words", ["a", "b"], calls: calls)], SilentProgress.Instance);
        calls.Order().ShouldBe(["a", "b"]);

        calls.Clear();
        var second = await engine.RunAsync([Words("Words", ["a", "c"], calls: calls)], SilentProgress.Instance);

        calls.ShouldBe(["c"]);
        second.Files.Select(file => file.ReadText()).ShouldBe(["A", "C"]);
    }

    [Fact]
    public async Task Independent_pipelines_process_at_the_same_time()
    {
        var bothStarted = new TaskCompletionSource();
        var started = 0;
        Pipeline<string, string> Waiting(string name) => new()
        {
            Name = name,
            Input = _ => [new PipelineItem<string>(name, name)],
            Process = async (text, token) =>
            {
                if (Interlocked.Increment(ref started) == 2)
                {
                    bothStarted.SetResult();
                }
                await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
                return text;
            },
        };

        var result = await new PipelineEngine().RunAsync([Waiting("One"), Waiting("Two")], SilentProgress.Instance);

        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_process_sees_all_documents_and_output_is_sorted_by_path()
    {
        var words = Words("Words", ["b", "c", "a"]);
        var pipeline = new Pipeline<string, string>
        {
            Name = words.Name,
            Input = words.Input,
            Process = words.Process,
            PostProcess = (documents, _) => [.. documents.Where(word => word != "C")],
            Output = words.Output,
        };

        var result = await new PipelineEngine().RunAsync([pipeline], SilentProgress.Instance);

        result.Files.Select(file => file.Path).ShouldBe(["Words/A.html", "Words/B.html"]);
    }

    [Fact]
    public async Task Two_pipelines_writing_the_same_path_is_an_error()
    {
        var result = await new PipelineEngine().RunAsync([Words("One", ["x"]), Clash()], SilentProgress.Instance);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("written twice");

        static Pipeline<string, string> Clash() => new()
        {
            Name = "Two",
            Input = _ => [new PipelineItem<string>("x", "X")],
            Process = (text, _) => new(text),
            Output = _ => [OutputFile.FromText("One/X.html", "other")],
        };
    }
}
