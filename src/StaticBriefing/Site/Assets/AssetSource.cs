using StaticBriefing.Annotation.Model;

namespace StaticBriefing.Site.Assets;

/// <summary>A theme asset as read from theme/assets ("site.css") and its bytes.</summary>
public sealed record AssetSource(string RelativePath, EquatableArray<byte> Content);
