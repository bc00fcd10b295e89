using System.Text.Json;
using StaticBriefing.Annotating;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Cli;

namespace StaticBriefing.Tests.Annotating;

public class AnnotateJsonTests
{
    private const string Text = "Kyiv’s envoy met Ana Ruiz on May 16. “We want a ceasefire,” she said.";

    private static AnnotatedText HandMade()
    {
        int At(string s) => Text.IndexOf(s, StringComparison.Ordinal);
        return new AnnotatedText(
            Text,
            new[] { new Sentence(0, 0, 36), new Sentence(1, 37, Text.Length) }.ToEquatableArray(),
            new[] { new ActorAnnotation("ana-ruiz", "Ana Ruiz", ActorKind.Person, "none", "envoy", false, new[] { new Mention(At("Ana Ruiz"), At("Ana Ruiz") + 8, 0) }.ToEquatableArray()) }.ToEquatableArray(),
            new[] { new DateAnnotation(At("May 16"), At("May 16") + 6, 0, TimexType.Date, "2025-05-16", TimexMod.None) }.ToEquatableArray(),
            new[] { new DemandAnnotation("ukraine", "ceasefire", Stance.Demands, 1, At("a ceasefire"), At("a ceasefire") + 11, null) }.ToEquatableArray(),
            new[] { new QuoteAnnotation(At("We want"), At("ceasefire,") + 10, 1, "ana-ruiz") }.ToEquatableArray(),
            EquatableArray<ClaimAnnotation>.Empty);
    }

    /// <summary>Every object with start/end and text in the document slices back to that text.</summary>
    private static int AssertOffsetsSliceBack(JsonElement element, string text)
    {
        var checkedSpans = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var start) && element.TryGetProperty("end", out var end) && element.TryGetProperty("text", out var span))
            {
                text[start.GetInt32()..end.GetInt32()].ShouldBe(span.GetString());
                checkedSpans++;
            }
            checkedSpans += element.EnumerateObject().Sum(p => AssertOffsetsSliceBack(p.Value, text));
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            checkedSpans += element.EnumerateArray().Sum(e => AssertOffsetsSliceBack(e, text));
        }
        return checkedSpans;
    }

    [Fact]
    public void Offsets_in_the_json_slice_back_to_the_annotated_text()
    {
        using var json = JsonDocument.Parse(AnnotationJson.Render(null, HandMade(), new ReferenceDate(2025, 7, 22)));
        var text = json.RootElement.GetProperty("text").GetString()!;
        text.ShouldBe(Text);
        AssertOffsetsSliceBack(json.RootElement, text).ShouldBe(4);
        var date = json.RootElement.GetProperty("dates")[0];
        date.GetProperty("value").GetString().ShouldBe("2025-05-16");
        date.GetProperty("mod").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("demands")[0].GetProperty("sentence_text").GetString().ShouldBe("“We want a ceasefire,” she said.");
        json.RootElement.GetProperty("actors")[0].GetProperty("reviewed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Annotating_a_seed_gives_metadata_and_offsets_into_the_cleaned_text()
    {
        var output = AnnotateCommand.Run(RepositoryPaths.Of("seeds", "003_56d93cfb8eef386c.txt"), null, plain: false, json: true, RepositoryPaths.Root);
        using var json = JsonDocument.Parse(output);
        var metadata = json.RootElement.GetProperty("metadata");
        metadata.GetProperty("title").GetString().ShouldBe("Russia and Ukraine to renew talks, but peace remains elusive");
        metadata.GetProperty("published").GetString().ShouldBe("2025-07-23");
        var text = json.RootElement.GetProperty("text").GetString()!;
        text.ShouldNotContain("Skip to content");
        text.ShouldNotContain("3 min read");
        AssertOffsetsSliceBack(json.RootElement, text);
    }

    [Fact]
    public void Plain_mode_keeps_the_input_as_it_is()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plain-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Advertisement\r\nKyiv wants a ceasefire on May 16.");
        try
        {
            using var json = JsonDocument.Parse(AnnotateCommand.Run(path, "2025-07-22", plain: true, json: true, RepositoryPaths.Root));
            json.RootElement.GetProperty("text").GetString().ShouldBe("Advertisement\r\nKyiv wants a ceasefire on May 16.");
            json.RootElement.GetProperty("metadata").GetProperty("published").GetString().ShouldBe("2025-07-22");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plain_mode_without_a_publication_date_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plain-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Kyiv wants a ceasefire.");
        try
        {
            Should.Throw<StaticBriefing.Annotation.Data.DataFileException>(() => AnnotateCommand.Run(path, null, plain: true, json: true, RepositoryPaths.Root))
                .Message.ShouldEndWith("no publication date found in the text; pass --published YYYY-MM-DD");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
