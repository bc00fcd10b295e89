namespace StaticBriefing.Pipeline;

/// <summary>
/// One input of a pipeline. Source names it in errors ("seeds/x.txt"); Preserve lists the output
/// paths it owns (a trailing '/' means a folder), carried forward from the last published site
/// when this item fails, so a bad edit never unpublishes a page.
/// </summary>
public sealed record PipelineItem<TInput>(string Source, TInput Value, IReadOnlyList<string> Preserve)
    where TInput : notnull
{
    public PipelineItem(string source, TInput value)
        : this(source, value, [])
    {
    }
}
