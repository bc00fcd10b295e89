namespace StaticBriefing.Pipeline;

/// <summary>
/// Rewrites the two YamlDotNet messages a reader meets most into plain words without .NET type
/// names: an unknown key, and a list or mapping where a single value belongs. Others pass unchanged.
/// </summary>
public static class YamlMessages
{
    public static string Plain(string message)
    {
        const string unknownKey = "Property '";
        const string notFound = "' not found on type";
        if (message.StartsWith(unknownKey, StringComparison.Ordinal) && message.IndexOf(notFound, StringComparison.Ordinal) is var end and > 0)
        {
            return $"unknown key '{message[unknownKey.Length..end]}'";
        }
        const string noDeserializer = "No node deserializer was able to deserialize the node into type ";
        if (message.StartsWith(noDeserializer, StringComparison.Ordinal))
        {
            var type = message[noDeserializer.Length..];
            var comma = type.IndexOf(',', StringComparison.Ordinal);
            var name = (comma < 0 ? type : type[..comma]).Trim();
            return name is "System.String" or "System.Int32" or "System.Boolean" or "System.DateTime"
                ? "expected a single value here (not a list, a mapping or an unclosed bracket)"
                : "this value does not have the expected shape";
        }
        return message;
    }
}
