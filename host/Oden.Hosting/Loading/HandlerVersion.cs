// HandlerVersion: one loaded version of a handler = one collectible ScriptLoadContext + its realms.
//
// Lifecycle: Load → StartAsync (every realm runs the top level; a throw fails the version) → serving
// (requests Acquire/Release it) → Retire (no new requests) → when the in-flight count (requests and their
// waitUntil work) reaches zero: realms disposed (threads stop), references dropped, context unloaded.
// Nothing outside this object keeps a reference into the context, so the unload completes (proven by
// HotReloadTests with a WeakReference).
using Oden.Hosting.Execution;
using Oden.Runtime;
using Oden.Runtime.Loading;
using Oden.Runtime.Web;

namespace Oden.Hosting.Loading;

internal sealed class HandlerVersion
{
    private readonly Action<HandlerVersion> _onUnloaded;
    private RealmWorker[] _workers;
    private ScriptLoadContext? _context;
    private int _inFlight;
    private int _retired;
    private int _disposed;

    public HandlerVersion(int id, string description, LoadedScript script, RealmWorker[] workers, Action<HandlerVersion> onUnloaded)
    {
        Id = id;
        Description = description;
        _context = script.Context;
        ContextReference = new WeakReference(script.Context);
        Files = script.Files;
        _workers = workers;
        RealmCount = workers.Length;
        _onUnloaded = onUnloaded;
    }

    public int Id { get; }

    public string Description { get; }

    public IReadOnlyList<string> Files { get; }

    /// <summary>A weak reference to the load context, for tests that prove the unload.</summary>
    public WeakReference ContextReference { get; }

    public IReadOnlyList<RealmWorker> Workers => _workers;

    public int RealmCount { get; }

    /// <summary>The style every realm registered, or null when the script registered no handler.</summary>
    public HandlerStyle? Style { get; private set; }

    public bool IsRetired => Volatile.Read(ref _retired) != 0;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>
    /// Runs the top level in every realm; throws HandlerStartException with the JS stack of the first failure.
    /// A top level still running after <paramref name="budget"/> is interrupted (the watchdog only sees the
    /// serving version, and a reload waits for this one).
    /// </summary>
    public async Task StartAsync(Func<Realm, JsValue> entry, Action<Realm, HandlerRegistration>? configure, TimeSpan budget)
    {
        Task[] starts = _workers.Select(w => w.StartAsync(entry, configure)).ToArray();
        Task all = Task.WhenAll(starts);
        try
        {
            await all.WaitAsync(budget).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            for (int i = 0; i < starts.Length; i++)
            {
                if (!starts[i].IsCompleted) _workers[i].Realm.RequestInterrupt($"the top level ran longer than the time budget of {budget.TotalMilliseconds:F0} ms");
            }
        }
        catch
        {
            // A failed start: reported below.
        }

        try
        {
            await all.ConfigureAwait(false);
        }
        catch
        {
            Exception first = starts.First(t => t.IsFaulted).Exception!.InnerException!;
            throw first is HandlerStartException ? first : new HandlerStartException(first.Message);
        }

        Style = _workers[0].Registration?.Style;
    }

    /// <summary>Counts a request (or waitUntil work) on this version; false once it is retired.</summary>
    public bool TryAcquire()
    {
        Interlocked.Increment(ref _inFlight);
        if (IsRetired)
        {
            Release();
            return false;
        }

        return true;
    }

    /// <summary>Counts more work (waitUntil) on a version the caller already holds; released with Release.</summary>
    public void Extend() => Interlocked.Increment(ref _inFlight);

    public void Release()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0 && IsRetired) UnloadSoon();
    }

    /// <summary>Stops taking requests; unloads when the last in-flight one finishes.</summary>
    public void Retire()
    {
        if (Interlocked.Exchange(ref _retired, 1) != 0) return;
        if (Volatile.Read(ref _inFlight) == 0) UnloadSoon();
    }

    // Off the caller's thread: stopping realms joins their threads, and the caller may be one of them.
    private void UnloadSoon() => ThreadPool.UnsafeQueueUserWorkItem(static v => v.Unload(), this, preferLocal: false);

    /// <summary>The realm with the fewest requests in flight.</summary>
    public RealmWorker PickWorker()
    {
        RealmWorker[] workers = _workers;
        RealmWorker best = workers[0];
        int bestLoad = best.InFlight;
        for (int i = 1; i < workers.Length && bestLoad > 0; i++)
        {
            int load = workers[i].InFlight;
            if (load < bestLoad)
            {
                best = workers[i];
                bestLoad = load;
            }
        }

        return best;
    }

    /// <summary>Disposes the realms (their threads stop) and unloads the context. Idempotent.</summary>
    public void Unload()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        foreach (RealmWorker worker in _workers) worker.Dispose();
        _workers = [];
        ScriptLoadContext? context = _context;
        _context = null;
        context?.Unload();
        _onUnloaded(this);
    }
}
