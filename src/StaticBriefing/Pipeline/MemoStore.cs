using System.Collections.Concurrent;

namespace StaticBriefing.Pipeline;

/// <summary>
/// The memo tables of all pipelines, kept by the engine between builds so `preview` redoes only
/// what a change touches (Roslyn's incremental generators cache their steps the same way).
/// </summary>
public sealed class MemoStore
{
    private readonly ConcurrentDictionary<string, object> tables = new(StringComparer.Ordinal);

    public MemoTable<TKey, TValue> Table<TKey, TValue>(string pipeline)
        where TKey : notnull
    {
        var table = tables.GetOrAdd(pipeline, _ => new MemoTable<TKey, TValue>());
        // A pipeline whose types changed between builds starts afresh rather than failing.
        if (table is MemoTable<TKey, TValue> typed)
        {
            return typed;
        }
        var fresh = new MemoTable<TKey, TValue>();
        tables[pipeline] = fresh;
        return fresh;
    }
}
