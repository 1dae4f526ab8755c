// HostExchange: what the Express and FetchEvent exchanges share: the request's first decision, the realm job
// that dispatches it, and the watchdog's view of it. No request owns a timer.
//
//   middleware ──Post(exchange)──▶ realm: Run → Dispatch ─▶ script decides (TryDecide + Publish)
//        ▲                                                     │
//        └──────────── await Decision ◀── SetResult ◀──────────┘ (at the end of the realm's current job)
//   watchdog tick (OdenHandler, every few ms to 250 ms): CheckDeadline → TryClaim(time budget) ─▶ SetResult on the pool
//   RequestAborted callback: TryClaim(client gone) ─▶ SetResult on the pool
//
// Invariants:
// - _state goes Pending → Decided (the realm, TryDecide) or Pending → Claimed (the middleware's side: time
//   budget, client gone), once: exactly one SetResult, so the awaited ValueTask completes once.
// - A realm decision completes the middleware's await on the realm's thread (ContinueOnRealmThread) after the
//   current job, never inside a script call; the middleware then writes the response there, without a hop
//   to the thread pool. Claims complete it on the thread pool (never on the watchdog's or Kestrel's abort thread).
// - The in-flight links are guarded by InFlightRequests' lock.
using System.Diagnostics;
using System.Threading.Tasks.Sources;
using Microsoft.AspNetCore.Http;
using Oden.Runtime;

namespace Oden.Hosting.Bridging;

/// <summary>The handler's in-flight requests, for the watchdog's per-tick scan (time budget, stalled responses).</summary>
internal sealed class InFlightRequests
{
    private readonly Lock _lock = new();
    private HostExchange? _head;
    private HostExchange[] _scratch = new HostExchange[16];

    public void Add(HostExchange exchange)
    {
        lock (_lock)
        {
            exchange.NextInFlight = _head;
            if (_head is not null) _head.PreviousInFlight = exchange;
            _head = exchange;
        }
    }

    public void Remove(HostExchange exchange)
    {
        lock (_lock)
        {
            if (exchange.PreviousInFlight is { } previous) previous.NextInFlight = exchange.NextInFlight;
            else if (_head == exchange) _head = exchange.NextInFlight;
            else return; // not listed
            if (exchange.NextInFlight is { } next) next.PreviousInFlight = exchange.PreviousInFlight;
            exchange.PreviousInFlight = null;
            exchange.NextInFlight = null;
        }
    }

    /// <summary>Calls Check on every listed request (the watchdog's thread; one caller at a time).</summary>
    public void CheckAll(long now)
    {
        int count = 0;
        lock (_lock)
        {
            for (HostExchange? e = _head; e is not null; e = e.NextInFlight)
            {
                if (count == _scratch.Length) Array.Resize(ref _scratch, count * 2);
                _scratch[count++] = e;
            }
        }

        for (int i = 0; i < count; i++)
        {
            _scratch[i].Check(now);
            _scratch[i] = null!;
        }
    }
}

/// <summary>The part of an exchange the watchdog and the in-flight list see.</summary>
internal abstract class HostExchange : Job
{
    internal HostExchange? PreviousInFlight;
    internal HostExchange? NextInFlight;

    /// <summary>The watchdog's tick (Stopwatch timestamp): enforce the time budget and the response idle timeout.</summary>
    public abstract void Check(long now);

    /// <summary>A Stopwatch timestamp <paramref name="span"/> from <paramref name="now"/> (saturating).</summary>
    public static long After(long now, TimeSpan span)
    {
        double ticks = span.TotalSeconds * Stopwatch.Frequency;
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }
}

/// <summary>An exchange whose first decision the middleware awaits (a ValueTask over this object: no Task per request).</summary>
internal abstract class HostExchange<TDecision> : HostExchange, IValueTaskSource<TDecision>
    where TDecision : class
{
    private const int Pending = 0, Decided = 1, Claimed = 2;
    private int _state;
    private ManualResetValueTaskSourceCore<TDecision> _core;
    private TDecision? _published;
    private bool _dispatched;
    private CancellationTokenRegistration _clientGone;

    protected HostExchange(Realm realm, bool continueOnRealmThread, long deadline)
    {
        Realm = realm;
        Deadline = deadline;
        // Off the realm's thread (the option is off) the middleware continues on the thread pool, as with a
        // TaskCompletionSource created with RunContinuationsAsynchronously.
        _core.RunContinuationsAsynchronously = !continueOnRealmThread;
        ContinueOnRealmThread = continueOnRealmThread;
    }

    public Realm Realm { get; }

    protected bool ContinueOnRealmThread { get; }

    /// <summary>The Stopwatch timestamp by which the handler must decide (the time budget).</summary>
    protected long Deadline { get; }

    /// <summary>The first decision: the script's, or the middleware side's (time budget, client gone).</summary>
    public ValueTask<TDecision> Decision => new(this, _core.Version);

    /// <summary>Whether anything decided yet (the script, the time budget or the client going away).</summary>
    public bool IsUndecided => Volatile.Read(ref _state) == Pending;

    /// <summary>Realm thread: claims the decision for the script; false when something decided first.</summary>
    protected bool TryDecide() => Interlocked.CompareExchange(ref _state, Decided, Pending) == Pending;

    /// <summary>
    /// Realm thread, after TryDecide: hands <paramref name="decision"/> to the middleware. With
    /// ContinueOnRealmThread the middleware resumes on this thread once the current job is over.
    /// </summary>
    protected void Publish(TDecision decision)
    {
        if (!ContinueOnRealmThread)
        {
            _core.SetResult(decision);
            return;
        }

        _published = decision;
        Realm.Jobs.Enqueue(this);
    }

    /// <summary>
    /// Claims the request for the middleware's side (time budget, client gone) and completes the decision on
    /// the thread pool; false when the script decided first.
    /// </summary>
    protected bool TryClaim(TDecision decision)
    {
        if (Interlocked.CompareExchange(ref _state, Claimed, Pending) != Pending) return false;
        _published = decision;
        ThreadPool.UnsafeQueueUserWorkItem(static x => x._core.SetResult(x._published!), this, preferLocal: false);
        return true;
    }

    /// <summary>Posts the dispatch to the realm (the first Run of this job); the decision is awaited with Decision.</summary>
    public void Start(HttpContext context, TDecision clientGone)
    {
        _clientGoneDecision = clientGone;
        _clientGone = context.RequestAborted.UnsafeRegister(static s => ((HostExchange<TDecision>)s!).OnClientGone(), this);
        Realm.Jobs.Post(this, default);
    }

    private TDecision? _clientGoneDecision;

    private void OnClientGone() => TryClaim(_clientGoneDecision!);

    /// <summary>Ends the client-gone watch (the middleware's finally).</summary>
    public void StopWatchingClient() => _clientGone.Dispose();

    protected sealed override void Run(Realm realm, JsValue argument)
    {
        if (!_dispatched)
        {
            _dispatched = true;
            if (IsUndecided) Dispatch(realm); // else the budget ran out or the client went away before the realm got to it
            return;
        }

        TDecision decision = _published!;
        _published = null;
        _core.SetResult(decision);
    }

    /// <summary>Runs the handler for this request (realm thread).</summary>
    protected abstract void Dispatch(Realm realm);

    TDecision IValueTaskSource<TDecision>.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<TDecision>.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource<TDecision>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
