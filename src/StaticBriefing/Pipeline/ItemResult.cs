namespace StaticBriefing.Pipeline;

/// <summary>The memoised result of processing one item: a document, or the error it gave (same input, same error).</summary>
public sealed record ItemResult<TDocument>(TDocument? Document, string? Error, int? ErrorLine, string? ErrorSource)
{
    public bool Failed => Error is not null;
}
