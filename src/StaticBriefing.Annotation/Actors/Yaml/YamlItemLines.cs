using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Annotation.Actors.Yaml;

/// <summary>
/// Line numbers of the items of a top-level sequence, so that checks made after typed
/// deserialisation (duplicate ids, unknown parties) can still name the line.
/// </summary>
internal sealed class YamlItemLines
{
    private readonly List<YamlMappingNode> items = [];

    private YamlItemLines(string yaml, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            && node is YamlSequenceNode sequence)
        {
            items.AddRange(sequence.Children.OfType<YamlMappingNode>());
        }
    }

    /// <summary>Reads the positions; call only after the text deserialised, so it parses.</summary>
    public static YamlItemLines Of(string yaml, string key) => new(yaml, key);

    /// <summary>The line of item <paramref name="index"/>'s field (or of the item when the field is absent).</summary>
    public int? LineOf(int index, string field)
    {
        if (index < 0 || index >= items.Count)
        {
            return null;
        }
        var item = items[index];
        return item.Children.TryGetValue(new YamlScalarNode(field), out var value)
            ? (int)value.Start.Line
            : (int)item.Start.Line;
    }
}
