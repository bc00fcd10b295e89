using YamlDotNet.RepresentationModel;

namespace StaticBriefing.Annotation.Demands.Data;

/// <summary>
/// Where each scalar of a YAML file stands, so checks made after deserialising (unknown issue,
/// bad cue) can still name the line.
/// </summary>
public sealed class YamlLines
{
    private readonly List<(string? Key, string Value, int Line)> scalars = [];

    public YamlLines(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        foreach (var document in stream.Documents)
        {
            Collect(document.RootNode, null);
        }
    }

    /// <summary>The line of the n-th (1-based) scalar equal to value, or null.</summary>
    public int? LineOf(string value, int occurrence = 1) => Find(null, value, occurrence);

    /// <summary>The line of the n-th value under <paramref name="key"/> (directly or in its list), else of any such scalar.</summary>
    public int? LineOf(string key, string value, int occurrence = 1) => Find(key, value, occurrence) ?? Find(null, value, 1);

    private int? Find(string? key, string value, int occurrence)
    {
        foreach (var (under, scalar, line) in scalars)
        {
            if (scalar == value && (key is null || under == key) && --occurrence == 0)
            {
                return line;
            }
        }
        return null;
    }

    private void Collect(YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                scalars.Add((key, scalar.Value ?? string.Empty, (int)scalar.Start.Line));
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child, key);
                }
                break;
            case YamlMappingNode mapping:
                foreach (var (name, value) in mapping.Children)
                {
                    Collect(name, null);
                    Collect(value, (name as YamlScalarNode)?.Value);
                }
                break;
        }
    }
}
