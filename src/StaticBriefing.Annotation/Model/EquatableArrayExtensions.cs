using System.Collections.Immutable;

namespace StaticBriefing.Annotation.Model;

public static class EquatableArrayExtensions
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(items.ToImmutableArray());
}
