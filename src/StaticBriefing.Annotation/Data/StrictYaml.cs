using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticBriefing.Annotation.Data;

/// <summary>
/// Typed, strict YAML: snake_case keys, unknown keys and missing required members are errors that
/// name the file and line. DTO classes mark mandatory members with C#'s <c>required</c>.
/// </summary>
public static class StrictYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .Build();

    public static T Deserialize<T>(string yaml, string file)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml)
                ?? throw new DataFileException(file, 1, null, "the file is empty");
        }
        catch (YamlException error)
        {
            throw new DataFileException(file, (int)error.Start.Line, null, Describe(error));
        }
    }

    private static string Describe(YamlException error)
    {
        // YamlDotNet wraps the useful message; the innermost one names the member.
        Exception inner = error;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }
        var message = inner.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}
