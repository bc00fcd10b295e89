using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticBriefing.Annotation.Data;

namespace StaticBriefing.Reading;

/// <summary>Regular expressions from a data file, compiled with a timeout; a bad pattern is a data error.</summary>
public sealed class PatternSet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly ImmutableArray<Regex> patterns;

    public PatternSet(IEnumerable<Regex> patterns) => this.patterns = [.. patterns];

    public static PatternSet Compile(IEnumerable<string> sources, string file, string field, bool ignoreCase = true) =>
        new(sources.Select(source => One(source, file, field, ignoreCase)));

    public static Regex One(string source, string file, string field, bool ignoreCase = true)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            return new Regex(source, options, Timeout);
        }
        catch (ArgumentException error)
        {
            throw new DataFileException(file, null, field, $"bad pattern '{source}': {error.Message}");
        }
    }

    public bool AnyMatch(string line) => patterns.Any(p => p.IsMatch(line));
}
