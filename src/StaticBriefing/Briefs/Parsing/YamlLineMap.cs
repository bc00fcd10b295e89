using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Briefs.Parsing;

/// <summary>
/// Line numbers of a YAML document by path ("dates[2].value", "actors[0]"), so errors found after
/// typed deserialisation can still name the line.
/// </summary>
public sealed class YamlLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public YamlLineMap(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
        {
            Visit(stream.Documents[0].RootNode, "");
        }
    }

    /// <summary>The line of a path, or of its nearest recorded parent, or 1.</summary>
    public int Line(string path)
    {
        while (true)
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return 1;
            }
            path = path[..cut];
        }
    }

    private void Visit(YamlNode node, string path)
    {
        lines.TryAdd(path, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = path.Length == 0 ? key.ToString() : path + "." + key;
                    lines.TryAdd(child, (int)key.Start.Line);
                    Visit(value, child);
                }
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Visit(sequence.Children[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                }
                break;
        }
    }
}
