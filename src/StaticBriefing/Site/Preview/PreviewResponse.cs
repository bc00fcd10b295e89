namespace StaticBriefing.Site.Preview;

/// <summary>What the preview server answers: a status, the file it served (for its content type), the bytes, or a redirect.</summary>
public sealed record PreviewResponse(int Status, string Path, byte[] Body, string? RedirectTo);
