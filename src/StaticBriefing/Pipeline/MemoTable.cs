using System.Collections.Concurrent;

namespace StaticBriefing.Pipeline;

/// <summary>
/// Results by input value. Each build starts a new generation; entries the build did not ask for
/// are dropped, so the table holds only what the latest build used.
/// </summary>
public sealed class MemoTable<TKey, TValue>
    where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> previous = new();
    private ConcurrentDictionary<TKey, TValue> current = new();

    public void BeginGeneration()
    {
        previous = current;
        current = new ConcurrentDictionary<TKey, TValue>();
    }

    public bool TryGet(TKey key, out TValue value)
    {
        if (current.TryGetValue(key, out value!))
        {
            return true;
        }
        if (previous.TryGetValue(key, out value!))
        {
            current[key] = value;
            return true;
        }
        return false;
    }

    public void Set(TKey key, TValue value) => current[key] = value;

    public int Count => current.Count;
}
