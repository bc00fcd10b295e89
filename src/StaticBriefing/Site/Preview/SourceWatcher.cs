namespace StaticBriefing.Site.Preview;

/// <summary>
/// Watches seeds/, input/ and theme/ and calls back once a burst of changes has settled, so an
/// editor's save-rename-delete dance causes one rebuild, not five.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Lock gate = new();
    private readonly SortedSet<string> changed = new(StringComparer.Ordinal);

    public SourceWatcher(string root, Action<IReadOnlyList<string>> onChange)
    {
        timer = new Timer(_ => onChange(Drain()));
        foreach (var folder in new[] { "seeds", "input", "theme" }.Select(name => Path.Combine(root, name)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, e) => Note(root, e.FullPath);
            watcher.Created += (_, e) => Note(root, e.FullPath);
            watcher.Deleted += (_, e) => Note(root, e.FullPath);
            watcher.Renamed += (_, e) => Note(root, e.FullPath);
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
        timer.Dispose();
    }

    private void Note(string root, string path)
    {
        lock (gate)
        {
            changed.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
        }
        timer.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    private List<string> Drain()
    {
        lock (gate)
        {
            var paths = changed.ToList();
            changed.Clear();
            return paths;
        }
    }
}
