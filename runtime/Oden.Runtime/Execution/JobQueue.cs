// JobQueue: one realm's job (microtask) queue, plus a thread-safe inbox for work that .NET code finishing
// on other threads posts back (DESIGN.md §4: a completed .NET task posts a job into the owning realm).
//
// Invariants:
// - Enqueue and RunUntilIdle belong to the realm's thread, like everything else in a realm. Post,
//   BeginExternalWork/EndExternalWork and HasPostedWork are safe from any thread; WaitForPostedWork from
//   the one thread that runs the realm. Posting takes no lock and wakes the realm's thread only when it
//   sleeps.
// - A job is a (Job, argument) pair or a host Action, kept by value in a ring buffer: enqueueing a promise
//   reaction allocates nothing, because the reaction record is itself the Job (Builtins/Promise).
// - RunUntilIdle is the event loop turned once to quiescence: run jobs FIFO (the order of
//   HostEnqueuePromiseJob) until none is left; then a checkpoint reports rejections still unhandled (as Node
//   does after its microtasks); then take one posted item and start over. It never blocks; a host's loop
//   waits with WaitForPostedWork while PendingExternalWork says that completions are still coming.
// - A job that throws leaves the queue consistent (it was dequeued first); the exception propagates out of
//   RunUntilIdle to the host, which may call it again to go on.
using System.Collections.Concurrent;

namespace Oden.Runtime;

/// <summary>
/// A job record the queue runs without a closure. A promise reaction is one; hosts may derive their own.
/// </summary>
public abstract class Job
{
    /// <summary>Runs on the realm's thread with the argument it was enqueued with.</summary>
    protected internal abstract void Run(Realm realm, JsValue argument);
}

/// <summary>The FIFO of jobs (promise reactions and host callbacks) of one realm.</summary>
public sealed class JobQueue
{
    private readonly Realm _realm;
    private Entry[] _ring = new Entry[16];
    private int _head;
    private int _count;

    // Posted work (any thread): a lock-free queue. The realm's thread sleeps on _wake only after it set
    // _sleeping and saw the queue still empty; a poster signals only when it sees _sleeping, so a busy
    // loop is never signalled (a signal is a futex wake-up: the most expensive part of a post). The event
    // spins briefly before it blocks: on a loaded server the next post usually comes within that time.
    // Measured with wrk on a 2-core VM (hello handler, one realm): a Monitor with a pulse per post cost
    // 32-35 µs of server CPU per request, this 21-29 µs (docs/performance.md).
    private readonly ConcurrentQueue<Entry> _posted = new();
    private readonly ManualResetEventSlim _wake = new(false);
    private int _postedCount;
    private int _sleeping;
    private int _pendingExternalWork;

    internal JobQueue(Realm realm)
    {
        _realm = realm;
    }

    private readonly struct Entry(object target, JsValue argument)
    {
        public readonly object Target = target;
        public readonly JsValue Argument = argument;
    }

    /// <summary>The jobs waiting to run on the realm's thread (not counting posted work).</summary>
    public int Count => _count;

    private long _started;

    /// <summary>
    /// How many jobs (and posted items) have started so far: a host's watchdog samples it from another
    /// thread to see whether a realm is stuck in one long job (EventLoop.StuckFor).
    /// </summary>
    public long StartedCount => Volatile.Read(ref _started);

    /// <summary>HostEnqueuePromiseJob and friends: appends a job. Realm thread only.</summary>
    public void Enqueue(Job job, JsValue argument = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        Push(new Entry(job, argument));
    }

    /// <summary>Appends a host callback as a job. Realm thread only.</summary>
    public void Enqueue(Action job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Push(new Entry(job, default));
    }

    private void Push(Entry entry)
    {
        if (_count == _ring.Length)
        {
            var bigger = new Entry[_ring.Length * 2];
            int tail = _ring.Length - _head;
            Array.Copy(_ring, _head, bigger, 0, tail);
            Array.Copy(_ring, 0, bigger, tail, _head);
            _ring = bigger;
            _head = 0;
        }

        _ring[(_head + _count) & (_ring.Length - 1)] = entry;
        _count++;
    }

    /// <summary>
    /// Runs jobs, including the ones they enqueue, then the checkpoint, then posted work, until all are
    /// empty. Realm thread only; never waits for work that has not been posted yet.
    /// </summary>
    public void RunUntilIdle()
    {
        while (true)
        {
            RunJobs();
            _realm.PromiseRejections?.Checkpoint(_realm);
            if (_count > 0) continue;
            if (!TryTakePosted(out Entry posted)) return;
            Push(posted);
        }
    }

    /// <summary>Runs queued jobs until none is left (without the checkpoint and without posted work).</summary>
    private void RunJobs()
    {
        while (_count > 0)
        {
            Entry entry = _ring[_head];
            _ring[_head] = default;
            _head = (_head + 1) & (_ring.Length - 1);
            _count--;
            _started++;
            if (entry.Target is Job job)
            {
                job.Run(_realm, entry.Argument);
            }
            else
            {
                ((Action)entry.Target)();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Work posted from other threads
    // ---------------------------------------------------------------------------------------------

    /// <summary>Posts a callback to run on the realm's thread at its next RunUntilIdle. Any thread.</summary>
    public void Post(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        PostEntry(new Entry(callback, default));
    }

    /// <summary>Posts a job to run on the realm's thread at its next RunUntilIdle. Any thread.</summary>
    public void Post(Job job, JsValue argument)
    {
        ArgumentNullException.ThrowIfNull(job);
        PostEntry(new Entry(job, argument));
    }

    private void PostEntry(Entry entry)
    {
        _posted.Enqueue(entry);
        // A full fence (Interlocked) between publishing the work and reading _sleeping, matching the one in
        // WaitForPostedWork between setting _sleeping and reading the count: one side always sees the other.
        Interlocked.Increment(ref _postedCount);
        if (Volatile.Read(ref _sleeping) != 0) _wake.Set();
    }

    private bool TryTakePosted(out Entry entry)
    {
        if (Volatile.Read(ref _postedCount) == 0 || !_posted.TryDequeue(out entry))
        {
            entry = default;
            return false;
        }

        Interlocked.Decrement(ref _postedCount);
        return true;
    }

    /// <summary>Whether posted work is waiting for the realm's thread. Any thread.</summary>
    public bool HasPostedWork => Volatile.Read(ref _postedCount) > 0;

    /// <summary>
    /// Blocks until some work is posted or the timeout passes; true when work is waiting. The realm's
    /// thread (or one thread that runs it): it is the only waiter.
    /// </summary>
    public bool WaitForPostedWork(TimeSpan timeout)
    {
        if (Volatile.Read(ref _postedCount) > 0) return true;
        _wake.Reset();
        Interlocked.Exchange(ref _sleeping, 1);
        try
        {
            if (Volatile.Read(ref _postedCount) > 0) return true;
            _wake.Wait(timeout);
            return Volatile.Read(ref _postedCount) > 0;
        }
        finally
        {
            Volatile.Write(ref _sleeping, 0);
        }
    }

    /// <summary>
    /// .NET operations started by script code whose completion will be posted back (a pending fetch, a timer
    /// in another thread): a host's loop keeps waiting while this is above zero.
    /// </summary>
    public int PendingExternalWork => Volatile.Read(ref _pendingExternalWork);

    /// <summary>Counts an operation whose completion will be posted. Any thread.</summary>
    public void BeginExternalWork() => Interlocked.Increment(ref _pendingExternalWork);

    /// <summary>Uncounts an operation, usually from the posted completion itself. Any thread.</summary>
    public void EndExternalWork() => Interlocked.Decrement(ref _pendingExternalWork);
}
