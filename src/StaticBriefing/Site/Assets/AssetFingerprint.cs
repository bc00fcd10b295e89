using System.Security.Cryptography;
using StaticBriefing.Annotation.Model;
using StaticBriefing.Pipeline;

namespace StaticBriefing.Site.Assets;

/// <summary>
/// Names an asset after its content ("site.css" → "assets/site.3f2a9c.css"), so browsers can
/// cache it forever and a change is never served stale.
/// </summary>
public static class AssetFingerprint
{
    public static Asset Publish(AssetSource source)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(source.Content.AsImmutableArray().AsSpan()))[..6];
        var directory = Path.GetDirectoryName(source.RelativePath)?.Replace('\\', '/') ?? "";
        var name = Path.GetFileNameWithoutExtension(source.RelativePath);
        var extension = Path.GetExtension(source.RelativePath);
        var published = $"assets/{(directory.Length > 0 ? directory + "/" : "")}{name}.{hash}{extension}";
        return new Asset(source.RelativePath, new OutputFile(published, source.Content));
    }

    public static IEnumerable<AssetSource> Read(string assetsDirectory) =>
        !Directory.Exists(assetsDirectory)
            ? []
            : Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories)
                .Select(file => new AssetSource(Path.GetRelativePath(assetsDirectory, file).Replace('\\', '/'), File.ReadAllBytes(file).ToEquatableArray()))
                .OrderBy(asset => asset.RelativePath, StringComparer.Ordinal);
}
