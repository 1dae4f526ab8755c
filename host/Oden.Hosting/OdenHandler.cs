// OdenHandler: one JavaScript handler of an app (UseOden), with its own versions and realms.
//
// Invariants:
// - _current is swapped atomically (one reference write) only after the new version's realms all ran the
//   top level; a version that fails to compile, load or start is dropped and logged, and the old one
//   keeps serving. Reloads are serialised (one at a time).
// - A request acquires the current version before using it and releases it when done (waitUntil work
//   holds it too), so a retired version unloads only after its last request.
// - The watcher (optional) watches the entry file and every file the last compilation pulled in.
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Oden.Hosting.Bridging;
using Oden.Hosting.Execution;
using Oden.Hosting.Loading;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Hosting;

/// <summary>One handler of the app: reload it with code from its file or pushed by the host.</summary>
public interface IOdenHandler
{
    /// <summary>The handler's name in logs and metrics.</summary>
    string Name { get; }

    /// <summary>The serving version's number (1, 2, …), 0 before the first successful load.</summary>
    int Version { get; }

    /// <summary>Reloads from the configured script file.</summary>
    Task<OdenReloadResult> ReloadAsync(CancellationToken cancellationToken = default);

    /// <summary>Reloads from pushed code; the new version replaces the old only if it compiles and starts.</summary>
    Task<OdenReloadResult> ReloadAsync(OdenHandlerSource source, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of a reload: the version now serving, or the diagnostics of the one that failed.</summary>
public sealed record OdenReloadResult(bool Success, int Version, string? Error);

internal sealed class OdenHandler : IOdenHandler, IDisposable
{
    private readonly OdenOptions _options;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly OdenMetrics _metrics;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private readonly Action<Realm, HandlerRegistration>? _configureRealm;
    private volatile HandlerVersion? _current;

    // Every version that has realms the watchdog must watch: the serving one and retired ones whose
    // in-flight requests or waitUntil work still run (removed when a version unloads).
    private readonly List<HandlerVersion> _live = [];
    private string? _lastError;
    private int _versionCounter;
    private Task _initialLoad = Task.CompletedTask;
    private ScriptWatcher? _watcher;
    private Timer? _watchdog;
    private bool _disposed;

    public OdenHandler(OdenOptions options, ILoggerFactory loggerFactory, OdenMetrics metrics, bool detailedErrors, Action<Realm, HandlerRegistration>? configureRealm)
    {
        _options = options;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger("Oden.Hosting");
        _metrics = metrics;
        _configureRealm = configureRealm;
        DetailedErrors = detailedErrors;
        Name = options.Name ?? (options.ScriptPath is { } p ? Path.GetFileName(p) : "handler");
    }

    public string Name { get; }

    public OdenOptions Options => _options;

    public bool DetailedErrors { get; }

    public OdenMetrics Metrics => _metrics;

    public ILogger Logger => _logger;

    public int Version => _current?.Id ?? 0;

    /// <summary>The serving version (tests look at it; requests use AcquireAsync).</summary>
    internal HandlerVersion? Current => _current;

    /// <summary>Why there is no serving version (the last load error), for the 502 answer.</summary>
    internal string? LastError => _lastError;

    /// <summary>Loads the configured script (in the background) and starts the watcher and the watchdog.</summary>
    public void Start()
    {
        if (_options.ScriptPath is not null)
        {
            // The watcher first: the load reports the files it read (the entry and what it required) to it.
            // Created after, it could miss that report and watch the entry alone.
            if (_options.Watch) _watcher = new ScriptWatcher(this, _options.WatchDebounce, _logger);
            _initialLoad = Task.Run(() => ReloadAsync());
        }

        // One timer for the whole handler: per request, the time budget and the response idle timeout are
        // deadlines this tick checks (InFlight), so no request arms a timer of its own.
        TimeSpan shortest = _options.Limits.TimeBudget < _options.Limits.ResponseIdleTimeout ? _options.Limits.TimeBudget : _options.Limits.ResponseIdleTimeout;
        TimeSpan period = TimeSpan.FromMilliseconds(Math.Clamp(shortest.TotalMilliseconds / 8, 5, 250));
        _watchdog = new Timer(static s => ((OdenHandler)s!).Tick(), this, period, period);
    }

    /// <summary>Completes when the first load finished (successfully or not).</summary>
    internal Task WhenLoaded => _initialLoad;

    /// <summary>The serving version, acquired (the caller releases it); waits for the first load. Null: none.</summary>
    public async ValueTask<HandlerVersion?> AcquireAsync()
    {
        if (!_initialLoad.IsCompleted) await _initialLoad.ConfigureAwait(false);
        while (true)
        {
            HandlerVersion? version = _current;
            if (version is null) return null;
            if (version.TryAcquire()) return version;
            // Retired between the read and the acquire: the new one is already current.
        }
    }

    public Task<OdenReloadResult> ReloadAsync(CancellationToken cancellationToken = default)
    {
        if (_options.ScriptPath is null)
        {
            return Task.FromResult(new OdenReloadResult(false, Version, "this handler has no ScriptPath; push code with ReloadAsync(OdenHandlerSource)"));
        }

        return ReloadAsync(OdenHandlerSource.FromFile(_options.ScriptPath), cancellationToken);
    }

    public async Task<OdenReloadResult> ReloadAsync(OdenHandlerSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        await _reloadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_disposed) return new OdenReloadResult(false, Version, "the handler is disposed");
            var stopwatch = Stopwatch.StartNew();
            int id = _versionCounter + 1;
            DateTime readStarted = DateTime.UtcNow;
            LoadResult load = await Task.Run(() => ScriptLoader.Load(source, $"{Path.GetFileNameWithoutExtension(Name)}.v{id}"), cancellationToken).ConfigureAwait(false);
            _watcher?.Watch(load.Files, readStarted);
            if (load.Script is null)
            {
                return Failed(load.Error ?? "unknown load error");
            }

            _metrics.CompileTime(Name, load.Script.Milliseconds);
            int realmCount = Math.Max(1, _options.RealmCount);
            ILogger scriptLogger = _loggerFactory.CreateLogger("Oden.Script." + Name);
            var workers = new RealmWorker[realmCount];
            for (int i = 0; i < realmCount; i++) workers[i] = new RealmWorker(i, Name, load.Script.Context, _logger, scriptLogger);
            var version = new HandlerVersion(id, source.ToString(), load.Script, workers, OnUnloaded);
            _metrics.RealmsChanged(Name, realmCount);
            try
            {
                await version.StartAsync(load.Script.Entry, _configureRealm, _options.Limits.TimeBudget).ConfigureAwait(false);
            }
            catch (HandlerStartException e)
            {
                version.Retire();
                return Failed($"{source.Path}: the top level threw:\n{e.Message}");
            }

            _versionCounter = id;
            lock (_live) _live.Add(version);
            HandlerVersion? old = _current;
            _current = version;
            _lastError = null;
            old?.Retire();
            _metrics.Reload(Name, success: true);
            Log.VersionActivated(_logger, Name, id, realmCount, source.ToString(), stopwatch.Elapsed.TotalMilliseconds);
            return new OdenReloadResult(true, id, null);
        }
        finally
        {
            _reloadLock.Release();
        }

        OdenReloadResult Failed(string error)
        {
            _metrics.Reload(Name, success: false);
            if (_current is null) _lastError = error;
            Log.LoadFailed(_logger, Name, _current is null ? "no version is serving" : $"version {_current.Id} keeps serving", error);
            return new OdenReloadResult(false, Version, error);
        }
    }

    private void OnUnloaded(HandlerVersion version)
    {
        lock (_live) _live.Remove(version);
        _metrics.RealmsChanged(Name, -version.RealmCount);
        Log.VersionUnloaded(_logger, Name, version.Id);
    }

    /// <summary>The requests in flight (every version), checked on each watchdog tick.</summary>
    internal InFlightRequests InFlight { get; } = new();

    private int _ticking;

    private void Tick()
    {
        if (Interlocked.Exchange(ref _ticking, 1) != 0) return; // the previous tick still runs
        try
        {
            InFlight.CheckAll(Stopwatch.GetTimestamp());
            CheckStuckRealms();
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    /// <summary>
    /// The watchdog: a realm stuck in one job past the time budget is interrupted, in the serving version and
    /// in retired versions still finishing requests (their 504s and stall aborts come from the in-flight
    /// checks, per request, whatever the version; a stuck realm would otherwise spin until the version unloads).
    /// </summary>
    private void CheckStuckRealms()
    {
        HandlerVersion[] versions;
        lock (_live)
        {
            if (_live.Count == 0) return;
            versions = _live.ToArray();
        }

        TimeSpan budget = _options.Limits.TimeBudget;
        foreach (HandlerVersion version in versions)
        {
            foreach (RealmWorker worker in version.Workers)
            {
                if (worker.Loop.StuckFor() > budget && !worker.Realm.IsInterruptRequested)
                {
                    Log.RealmInterrupted(_logger, Name, worker.Index, version.Id, budget);
                    _metrics.Error(Name, "interrupt");
                    worker.Realm.RequestInterrupt($"the handler ran longer than its time budget of {budget.TotalMilliseconds:F0} ms");
                }
            }
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _watchdog?.Dispose();
        _watcher?.Dispose();
        HandlerVersion? current = _current;
        _current = null;
        current?.Retire();
    }
}
