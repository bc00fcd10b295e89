using StaticBriefing.Pipeline;

namespace StaticBriefing.Tests.Pipeline;

public class YamlMessagesTests
{
    [Theory]
    [InlineData("Property 'bogus_key' not found on type 'StaticBriefing.Briefs.Parsing.FrontMatter.BriefFrontMatter'.", "unknown key 'bogus_key'")]
    [InlineData("No node deserializer was able to deserialize the node into type System.String, System.Private.CoreLib, Version=10.0.0.0", "expected a single value here (not a list, a mapping or an unclosed bracket)")]
    [InlineData("No node deserializer was able to deserialize the node into type System.Collections.Generic.List`1[[X]], Y", "this value does not have the expected shape")]
    [InlineData("the file is empty", "the file is empty")]
    public void Yaml_errors_read_without_dotnet_type_names(string message, string expected) =>
        YamlMessages.Plain(message).ShouldBe(expected);
}
