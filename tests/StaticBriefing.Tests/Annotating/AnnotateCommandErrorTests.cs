using StaticBriefing.Cli;

namespace StaticBriefing.Tests.Annotating;

/// <summary>
/// 'annotate' on bad input: one line on stderr naming the file or argument, a non-zero exit, nothing
/// on stdout and never a stack trace. Runs the command's own entry point (what the CLI action calls).
/// </summary>
public sealed class AnnotateCommandErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("annotate-errors-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Exit, string Output, string Error) Annotate(string file, string? published = null, bool plain = false, byte[]? stdin = null, string? root = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        using var input = new MemoryStream(stdin ?? []);
        var exit = AnnotateCommand.Execute(file, published, plain, json: true, root ?? RepositoryPaths.Root, input, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    private static void ShouldBeOneErrorLine((int Exit, string Output, string Error) result, string naming)
    {
        result.Exit.ShouldNotBe(0);
        result.Output.ShouldBeEmpty();
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith("error: " + naming);
        result.Error.ShouldNotContain("   at ");
        result.Error.ShouldNotContain("Unhandled exception");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_empty_file_is_one_line_naming_it(bool plain)
    {
        var path = Write("empty.txt", []);
        var result = Annotate(path, "2025-07-22", plain);
        ShouldBeOneErrorLine(result, path);
        result.Error.ShouldContain("empty");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_binary_file_is_one_line_naming_it(bool plain)
    {
        var path = Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xFE]);
        var result = Annotate(path, "2025-07-22", plain);
        ShouldBeOneErrorLine(result, path);
        result.Error.ShouldContain("binary");
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it()
    {
        var path = Path.Combine(folder, "no-such-article.txt");
        var result = Annotate(path);
        ShouldBeOneErrorLine(result, path);
        result.Error.ShouldContain("not found");
    }

    [Fact]
    public void A_folder_is_one_line_naming_it()
    {
        var result = Annotate(folder, "2025-07-22");
        ShouldBeOneErrorLine(result, folder);
        result.Error.ShouldContain("folder");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Empty_standard_input_is_one_line_naming_stdin(bool plain)
    {
        var result = Annotate("-", "2025-07-22", plain, stdin: []);
        ShouldBeOneErrorLine(result, "stdin");
    }

    [Theory]
    [InlineData("2025-13-40")]
    [InlineData("2025-02-30")]
    [InlineData("0000-01-01")]
    [InlineData("0000")]
    [InlineData("9999-12-31")]
    [InlineData("July 2025")]
    [InlineData("")]
    public void A_bad_publication_date_is_one_line_naming_the_option_and_value(string published)
    {
        var path = Write("ok.txt", "On July 23 the talks resumed in the capital."u8.ToArray());
        var result = Annotate(path, published, plain: true);
        ShouldBeOneErrorLine(result, "--published");
        result.Error.ShouldContain($"'{published}'");
    }

    [Fact]
    public void A_text_without_a_date_and_no_published_option_names_the_file()
    {
        var path = Write("undated.txt", "The talks resumed in the capital."u8.ToArray());
        ShouldBeOneErrorLine(Annotate(path, plain: true), path);
    }

    [Fact]
    public void A_root_without_input_names_the_missing_data_file()
    {
        var path = Write("ok.txt", "On July 23 the talks resumed."u8.ToArray());
        ShouldBeOneErrorLine(Annotate(path, "2025-07-22", plain: true, root: folder), "input/");
    }

    [Fact]
    public void Good_input_from_stdin_still_annotates()
    {
        var result = Annotate("-", "2025-07-22", plain: true, stdin: "On July 23 the talks resumed."u8.ToArray());
        result.Exit.ShouldBe(0);
        result.Error.ShouldBeEmpty();
        result.Output.ShouldContain("\"value\": \"2025-07-23\"");
    }
}
