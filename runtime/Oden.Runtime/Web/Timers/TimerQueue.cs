// TimerQueue: one realm's timers (setTimeout/setInterval) and immediates (setImmediate), run by an EventLoop.
//
// Invariants:
// - Everything here belongs to the realm's thread except the wake-up timer's callback, which only posts an
//   empty item into the realm's job queue (thread-safe) so that a waiting loop wakes up.
// - Time comes from the realm's clock (Realm.Clock, a TimeProvider): due times are milliseconds on the
//   clock's timestamp scale, and the wake-up is an ITimer created by that clock, so a test that installs a
//   fake clock advances timers by advancing the clock.
// - Timers due at the same time run in the order they were created (a sequence number breaks ties), as in
//   Node and HTML. Each callback is followed by a microtask drain (Node ≥ 11 semantics).
// - Ids are positive integers shared by timeouts, intervals and immediates (HTML's map of active timers);
//   clear* with an unknown id does nothing.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

/// <summary>The timers and immediates of one realm.</summary>
public sealed class TimerQueue
{
    /// <summary>The largest delay HTML and Node accept; larger (or non-finite) delays mean 1 ms, as in Node.</summary>
    private const double MaxDelay = int.MaxValue;

    private readonly Realm _realm;
    private readonly PriorityQueue<TimerEntry, (double Due, long Sequence)> _heap = new();
    private readonly Dictionary<int, TimerEntry> _active = new();
    private Queue<TimerEntry> _immediates = new();
    private int _nextId;
    private long _sequence;
    private ITimer? _wake;
    private double _wakeDue = double.PositiveInfinity;

    internal TimerQueue(Realm realm)
    {
        _realm = realm;
        // On the realm's thread: the clock timer fired, and posting this woke the loop. Nothing to run here:
        // the loop runs the due timers after the posted work, and RunDueTimers re-arms the wake-up for the
        // next one (also when the clock fired a little early). Re-arming here instead livelocked the loop:
        // a timer that is due gets a zero due time, a clock may fire that at once (a fake clock does so
        // synchronously), and the post it makes is drained before the timers ever run.
        _onWake = () => _wakeDue = double.PositiveInfinity;
    }

    private readonly Action _onWake;

    private sealed class TimerEntry(int id, JsFunction callback, JsValue[] arguments, double interval)
    {
        public readonly int Id = id;
        public readonly JsFunction Callback = callback;
        public readonly JsValue[] Arguments = arguments;
        public readonly double Interval = interval; // < 0: a timeout or an immediate
        public double Due;
        public bool Cleared;
    }

    /// <summary>How many timeouts, intervals and immediates are active (an event loop runs while any are).</summary>
    public int ActiveCount => _active.Count;

    /// <summary>Whether an immediate is waiting.</summary>
    public bool HasImmediates => _immediates.Count > 0;

    private TimeProvider? _originClock;
    private long _origin;

    /// <summary>
    /// Milliseconds on the realm clock's timestamp scale since this queue first read it. Relative to that
    /// origin, because raw timestamps are too large for a double to keep sub-millisecond steps (a fake clock
    /// counts 100 ns ticks since the year 2000: its milliseconds carry rounding errors of ~8 µs, so a timer
    /// due "now" would never be due). Installing another clock starts a new origin.
    /// </summary>
    private double Now
    {
        get
        {
            TimeProvider clock = _realm.Clock;
            long timestamp = clock.GetTimestamp();
            if (!ReferenceEquals(clock, _originClock))
            {
                _originClock = clock;
                _origin = timestamp;
            }

            return (timestamp - _origin) * 1000.0 / clock.TimestampFrequency;
        }
    }

    /// <summary>Whether a timer is due now.</summary>
    public bool HasDueTimers => _heap.TryPeek(out _, out var key) && key.Due <= Now;

    /// <summary>setTimeout / setInterval: schedules <paramref name="callback"/> and returns its id.</summary>
    public int Schedule(JsFunction callback, double delay, ReadOnlySpan<JsValue> arguments, bool repeat)
    {
        ArgumentNullException.ThrowIfNull(callback);

        // HTML timer initialization steps 4-5 (and Node): NaN, negative and too-large delays become the minimum.
        if (double.IsNaN(delay) || delay < 1 || delay > MaxDelay) delay = 1;
        delay = Math.Floor(delay);
        int id = NextId();
        var entry = new TimerEntry(id, callback, arguments.ToArray(), repeat ? delay : -1) { Due = Now + delay };
        _active[id] = entry;
        Push(entry);
        return id;
    }

    /// <summary>setImmediate: runs <paramref name="callback"/> after the current turn's timers.</summary>
    public int ScheduleImmediate(JsFunction callback, ReadOnlySpan<JsValue> arguments)
    {
        ArgumentNullException.ThrowIfNull(callback);
        int id = NextId();
        var entry = new TimerEntry(id, callback, arguments.ToArray(), -1);
        _active[id] = entry;
        _immediates.Enqueue(entry);
        return id;
    }

    /// <summary>clearTimeout / clearInterval / clearImmediate (they share the id space, as in HTML).</summary>
    public void Clear(int id)
    {
        if (_active.Remove(id, out TimerEntry? entry)) entry.Cleared = true;
    }

    private int NextId()
    {
        do
        {
            _nextId = _nextId == int.MaxValue ? 1 : _nextId + 1;
        }
        while (_active.ContainsKey(_nextId));
        return _nextId;
    }

    private void Push(TimerEntry entry)
    {
        _heap.Enqueue(entry, (entry.Due, _sequence++));
        ArmWakeUp();
    }

    /// <summary>
    /// Runs the timers that are due, earliest first, each followed by a microtask drain; an interval is
    /// rescheduled after its callback. Returns whether any callback ran. A callback that throws propagates
    /// (after its interval was rescheduled); the queue stays consistent, so the loop may call again.
    /// </summary>
    public bool RunDueTimers()
    {
        bool ran = false;
        double now = Now;
        while (_heap.TryPeek(out TimerEntry? entry, out var key))
        {
            if (entry.Cleared)
            {
                _heap.Dequeue();
                continue;
            }

            if (key.Due > now) break;
            _heap.Dequeue();
            ran = true;
            try
            {
                if (entry.Interval < 0) _active.Remove(entry.Id);
                entry.Callback.Call(JsValue.Undefined, entry.Arguments);
            }
            finally
            {
                if (entry.Interval >= 0 && !entry.Cleared)
                {
                    // From the turn's start, as libuv's cached loop time does in Node: how long the callback
                    // took (or when another thread advanced a test clock) does not move the next due time.
                    entry.Due = now + entry.Interval;
                    _heap.Enqueue(entry, (entry.Due, _sequence++));
                }
            }

            _realm.Jobs.RunUntilIdle();
        }

        ArmWakeUp();
        return ran;
    }

    /// <summary>
    /// Runs the immediates queued before this call (ones they queue wait for the next turn, as in Node),
    /// each followed by a microtask drain. Returns whether any ran.
    /// </summary>
    public bool RunImmediates()
    {
        if (_immediates.Count == 0) return false;
        Queue<TimerEntry> batch = _immediates;
        _immediates = new Queue<TimerEntry>();
        bool ran = false;
        while (batch.TryDequeue(out TimerEntry? entry))
        {
            if (entry.Cleared) continue;
            _active.Remove(entry.Id);
            ran = true;
            try
            {
                entry.Callback.Call(JsValue.Undefined, entry.Arguments);
            }
            catch
            {
                // Keep the rest of the batch for the next turn, in order.
                while (_immediates.TryDequeue(out TimerEntry? later)) batch.Enqueue(later);
                _immediates = batch;
                throw;
            }

            _realm.Jobs.RunUntilIdle();
        }

        return ran;
    }

    /// <summary>Drops every timer and the wake-up (the realm is going away).</summary>
    public void Dispose()
    {
        _heap.Clear();
        _active.Clear();
        _immediates.Clear();
        _wake?.Dispose();
        _wake = null;
        _wakeDue = double.PositiveInfinity;
    }

    /// <summary>Keeps one clock timer armed for the earliest due time; its callback posts a wake-up.</summary>
    private void ArmWakeUp()
    {
        while (_heap.TryPeek(out TimerEntry? first, out _) && first.Cleared) _heap.Dequeue();
        if (!_heap.TryPeek(out _, out var key))
        {
            if (_wake is not null && !double.IsPositiveInfinity(_wakeDue))
            {
                _wake.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _wakeDue = double.PositiveInfinity;
            }

            return;
        }

        if (key.Due == _wakeDue) return;
        double now = Now;
        // Already due: every caller runs on the loop's thread before the loop checks HasDueTimers, so the
        // loop runs it this turn. Arming a zero-delay clock timer here instead would post a wake-up whose
        // handler arms another one: with a clock that fires timers on the caller's thread (a test clock
        // being advanced) the two threads would post wake-ups to each other forever.
        if (key.Due <= now) return;
        _wakeDue = key.Due;
        TimeSpan dueIn = TimeSpan.FromMilliseconds(key.Due - now);
        if (_wake is null)
        {
            _wake = _realm.Clock.CreateTimer(static state => ((TimerQueue)state!).PostWake(), this, dueIn, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _wake.Change(dueIn, Timeout.InfiniteTimeSpan);
        }
    }

    private void PostWake() => _realm.Jobs.Post(_onWake);

    /// <summary>Milliseconds until the earliest timer is due (0 when one is due), or null without timers.</summary>
    public double? MillisecondsUntilNextTimer
    {
        get
        {
            while (_heap.TryPeek(out TimerEntry? first, out _) && first.Cleared) _heap.Dequeue();
            return _heap.TryPeek(out _, out var key) ? Math.Max(0, key.Due - Now) : null;
        }
    }
}
