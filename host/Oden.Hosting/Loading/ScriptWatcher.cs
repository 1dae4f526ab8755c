// ScriptWatcher: watches the handler's files (the entry and everything it required, as the last compilation
// reported them) and reloads after a quiet period (debounce), so that an editor's save-rename-touch
// sequence causes one reload. File system events can be lost (a watcher error, a busy machine, file
// systems without change notifications): a slow poll of the files' write times and sizes catches what the
// events missed.
using Microsoft.Extensions.Logging;

namespace Oden.Hosting.Loading;

internal sealed class ScriptWatcher : IDisposable
{
    private readonly OdenHandler _handler;
    private readonly TimeSpan _debounce;
    private readonly ILogger _logger;
    private readonly object _lock = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly Timer _poll;
    private Dictionary<string, (DateTime Written, long Length)> _seen = new(StringComparer.Ordinal);
    private string? _changed;
    private bool _disposed;

    /// <summary>How often the files are compared with what the last load saw.</summary>
    private static readonly TimeSpan PollPeriod = TimeSpan.FromSeconds(1);

    public ScriptWatcher(OdenHandler handler, TimeSpan debounce, ILogger logger)
    {
        _handler = handler;
        _debounce = debounce;
        _logger = logger;
        _timer = new Timer(static s => ((ScriptWatcher)s!).Fire(), this, Timeout.Infinite, Timeout.Infinite);
        _poll = new Timer(static s => ((ScriptWatcher)s!).Poll(), this, PollPeriod, PollPeriod);
        if (handler.Options.ScriptPath is { } path) Watch([Path.GetFullPath(path)]);
    }

    /// <summary>
    /// Watches exactly these files (plus the entry, always), which a load started reading at
    /// <paramref name="readStarted"/>. A file written since then may have been read half-written (an editor,
    /// or a write that truncates first, whose events all came before the debounced reload read it): the
    /// watcher then reloads once more after the debounce.
    /// </summary>
    public void Watch(IEnumerable<string> files, DateTime? readStarted = null)
    {
        lock (_lock)
        {
            if (_disposed) return;
            var set = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            if (_handler.Options.ScriptPath is { } entry) set.Add(Path.GetFullPath(entry));
            _files = set;
            _seen = set.ToDictionary(f => f, Stamp, StringComparer.Ordinal);
            if (readStarted is { } started && set.FirstOrDefault(f => WrittenSince(f, started)) is { } changed)
            {
                _changed = changed;
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
            }

            var directories = set.Select(f => Path.GetDirectoryName(f)!).Where(Directory.Exists).ToHashSet(StringComparer.Ordinal);
            foreach (string stale in _watchers.Keys.Where(d => !directories.Contains(d)).ToList())
            {
                _watchers[stale].Dispose();
                _watchers.Remove(stale);
            }

            foreach (string directory in directories.Where(d => !_watchers.ContainsKey(d)))
            {
                var watcher = new FileSystemWatcher(directory)
                {
                    NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
                    IncludeSubdirectories = false,
                };
                watcher.Changed += OnEvent;
                watcher.Created += OnEvent;
                watcher.Renamed += OnEvent;
                watcher.EnableRaisingEvents = true;
                _watchers[directory] = watcher;
            }
        }
    }

    /// <summary>The write time and size of a file now ((MinValue, -1) when it is missing or unreadable).</summary>
    private static (DateTime Written, long Length) Stamp(string file)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
        }
        catch (IOException)
        {
            return (DateTime.MinValue, -1);
        }
        catch (UnauthorizedAccessException)
        {
            return (DateTime.MinValue, -1);
        }
    }

    /// <summary>A file that differs from what the last load saw, with no event for it: reload as if one came.</summary>
    private void Poll()
    {
        lock (_lock)
        {
            if (_disposed || _changed is not null) return; // an event is being debounced already
            foreach (var (file, seen) in _seen)
            {
                if (Stamp(file) == seen) continue;
                _seen[file] = Stamp(file);
                _changed = file;
                _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
                return;
            }
        }
    }

    private static bool WrittenSince(string file, DateTime started)
    {
        // A time in the future (a file unpacked with skewed clocks) is not a write: it would reload forever.
        DateTime written = Stamp(file).Written;
        return written > started && written <= DateTime.UtcNow;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        lock (_lock)
        {
            if (_disposed || !_files.Contains(Path.GetFullPath(e.FullPath))) return;
            _changed = e.FullPath;
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        string? changed;
        lock (_lock)
        {
            if (_disposed) return;
            changed = _changed;
            _changed = null;
            // The reload starting now reads the files as they are: the poll compares against that, not against
            // what the previous load saw (until this load reports its files to Watch, which can take the whole
            // compile, the old stamps would make the poll see the same save again and reload twice).
            foreach (string file in _seen.Keys.ToList()) _seen[file] = Stamp(file);
        }

        Log.FileChanged(_logger, _handler.Name, changed ?? "a watched file");
        _ = _handler.ReloadAsync();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (FileSystemWatcher w in _watchers.Values) w.Dispose();
            _watchers.Clear();
        }

        _timer.Dispose();
        _poll.Dispose();
    }
}
