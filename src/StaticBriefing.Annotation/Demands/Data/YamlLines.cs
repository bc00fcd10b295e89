using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>
/// Where each scalar of a YAML file stands, so checks made after deserialising (unknown issue,
/// bad cue) can still name the line.
/// </summary>
public sealed class YamlLines
{
    private readonly List<(string Value, int Line)> scalars = [];

    public YamlLines(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        foreach (var document in stream.Documents)
        {
            Collect(document.RootNode);
        }
    }

    /// <summary>The line of the n-th (1-based) scalar equal to value, or null.</summary>
    public int? LineOf(string value, int occurrence = 1)
    {
        foreach (var (scalar, line) in scalars)
        {
            if (scalar == value && --occurrence == 0)
            {
                return line;
            }
        }
        return null;
    }

    private void Collect(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                scalars.Add((scalar.Value ?? string.Empty, (int)scalar.Start.Line));
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child);
                }
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Collect(key);
                    Collect(value);
                }
                break;
        }
    }
}
