using StaticBriefing.Pipeline;
using StaticBriefing.Site;

namespace StaticBriefing.Cli;

/// <summary>One build as the commands run it: build, report errors one per line, publish if it can.</summary>
public static class SiteBuildRun
{
    // The Publishing pipeline adds feeds, sitemap, data API, calendar and the search page assets.
    public static SiteInputs InputsFor(string root) => Publishing.PublishingPipeline.With(SiteInputs.FromRoot(root), root);

    public static async Task<BuildResult> RunAsync(SiteBuilder builder, string root, string output, TextWriter console, TextWriter errors, CancellationToken cancellation)
    {
        var result = await builder.BuildAsync(InputsFor(root), new ConsoleProgress(console), cancellation);
        foreach (var diagnostic in result.Diagnostics)
        {
            errors.WriteLine(diagnostic.ToString());
        }
        if (result.CanPublish)
        {
            try
            {
                StagedOutputWriter.Write(result, output);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // An unwritable output folder is the reader's problem to fix, not a crash: one line, and a failed build.
                var unwritable = new BuildDiagnostic("Output", output, null, "cannot write the site here: " + error.Message.ReplaceLineEndings(" "), Fatal: true);
                errors.WriteLine(unwritable.ToString());
                return result with { Diagnostics = result.Diagnostics.Add(unwritable) };
            }
            var kept = result.Preserve.IsEmpty ? "" : $" (kept the last published files of {result.Preserve.Length} failed paths)";
            console.WriteLine($"Wrote {result.Files.Length} files to {output}{kept}");
        }
        else
        {
            console.WriteLine($"Not published: a whole pipeline failed, so {output} was left as it was.");
        }
        return result;
    }
}
