// EventLoop: the loop that runs one realm: posted tasks, promise jobs (microtasks), timers and immediates.
//
// Invariants:
// - A realm's JavaScript runs on one thread at a time. A started loop owns a dedicated thread with an
//   explicit stack (ScriptThread.StackSize: thread-pool threads have small stacks on Linux); everything
//   reaches it through Post/InvokeAsync, which are thread-safe (they go through JobQueue.Post).
// - One turn: drain the job queue (posted items and microtasks, JobQueue.RunUntilIdle), run the timers that
//   are due (each followed by a microtask drain), then the immediates queued before the turn. When nothing
//   is runnable the thread blocks in JobQueue.WaitForPostedWork; timers wake it by posting from the clock's
//   ITimer (TimerQueue), so a fake TimeProvider drives timers in tests.
// - An exception escaping a job, a timer or a posted item (an uncaught JavaScript error, a host
//   ScriptInterruptedException) never stops a started loop: the queues stay consistent, the interrupt is
//   cleared, and the exception goes to UnhandledException. RunUntilComplete instead lets it propagate, for
//   `odenc run`, where an uncaught error ends the program.
// - The loop never keeps a reference to script code beyond its realm: Dispose stops the thread and clears
//   the timers, so a collectible script assembly can unload once the realm is dropped.
using System.Diagnostics;
using Oden.Runtime.Loading;

namespace Oden.Runtime;

/// <summary>Runs a realm's tasks, jobs and timers on one thread.</summary>
public sealed class EventLoop : IDisposable
{
    private readonly Realm _realm;
    private readonly string _name;
    private Thread? _thread;
    private volatile bool _stopping;
    private volatile bool _waiting = true;

    // Progress for the watchdog: turns started (a chain of immediates or due timers makes turns but no
    // jobs), and StuckFor's samples: the last progress seen and when it last changed.
    private long _turns;
    private long _sampledProgress = -1;
    private long _sampledSince;

    public EventLoop(Realm realm, string name = "oden-realm")
    {
        ArgumentNullException.ThrowIfNull(realm);
        _realm = realm;
        _name = name;
    }

    public Realm Realm => _realm;

    /// <summary>
    /// Receives what escapes a job, timer or posted item of a started loop, on the loop's thread. Without a
    /// handler the exception is dropped (the loop goes on).
    /// </summary>
    public Action<Exception>? UnhandledException { get; set; }

    /// <summary>Whether the current thread is this loop's thread.</summary>
    public bool IsOnLoopThread => _thread is not null && Thread.CurrentThread == _thread;

    /// <summary>Whether the loop is blocked waiting for work (not running script code).</summary>
    public bool IsIdle => _waiting;

    /// <summary>Starts the loop on its own thread.</summary>
    public void Start()
    {
        if (_thread is not null) throw new InvalidOperationException("The event loop is already started.");
        _thread = new Thread(ThreadMain, ScriptThread.StackSize)
        {
            Name = _name,
            IsBackground = true,
        };
        _thread.Start();
    }

    /// <summary>Posts work to run on the loop's thread (any thread).</summary>
    public void Post(Action work) => _realm.Jobs.Post(work);

    /// <summary>Runs <paramref name="work"/> on the loop's thread and returns its result (any thread).</summary>
    public Task<T> InvokeAsync<T>(Func<Realm, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var source = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _realm.Jobs.Post(() =>
        {
            try
            {
                source.SetResult(work(_realm));
            }
            catch (Exception e)
            {
                source.SetException(e);
            }
        });
        return source.Task;
    }

    private void ThreadMain()
    {
        while (!_stopping)
        {
            try
            {
                RunTurns(untilComplete: false);
            }
            catch (Exception e) when (!_stopping)
            {
                if (e is ScriptInterruptedException) _realm.ClearInterrupt();
                try
                {
                    UnhandledException?.Invoke(e);
                }
                catch
                {
                    // A failing error handler must not kill the loop either.
                }
            }
            catch
            {
                // Stopping: whatever the last job threw no longer matters.
            }
        }

        _waiting = true;
        _realm.Timers.Dispose();
    }

    /// <summary>
    /// Runs the loop on the calling thread until nothing is left to do: no job, no posted item, no pending
    /// external work (JobQueue.BeginExternalWork) and no active timer. Exceptions propagate to the caller,
    /// which may call again to go on. For `odenc run` and tests; not for a started loop.
    /// </summary>
    public void RunUntilComplete()
    {
        if (_thread is not null) throw new InvalidOperationException("The event loop runs on its own thread.");
        RunTurns(untilComplete: true);
    }

    private void RunTurns(bool untilComplete)
    {
        JobQueue jobs = _realm.Jobs;
        TimerQueue timers = _realm.Timers;
        while (!_stopping)
        {
            _waiting = false;
            Volatile.Write(ref _turns, _turns + 1);
            jobs.RunUntilIdle();
            timers.RunDueTimers();
            timers.RunImmediates();

            if (jobs.Count > 0 || jobs.HasPostedWork || timers.HasImmediates || timers.HasDueTimers) continue;
            if (untilComplete && timers.ActiveCount == 0 && jobs.PendingExternalWork == 0) return;

            _waiting = true;
            // Timers wake the loop by posting; the timeout only bounds how long a lost wake-up could last.
            jobs.WaitForPostedWork(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// For a host's watchdog (any thread, called periodically): how long the loop has been running the same
    /// job, timer or immediate, as far as these samples can tell (zero while it waits or makes progress:
    /// a job started or a new turn began since the last sample). A host interrupts a realm stuck past its
    /// budget with Realm.RequestInterrupt; the loop then clears the interrupt and goes on.
    /// </summary>
    public TimeSpan StuckFor()
    {
        long now = Stopwatch.GetTimestamp();
        long progress = _realm.Jobs.StartedCount + Volatile.Read(ref _turns);
        if (_waiting || progress != _sampledProgress)
        {
            _sampledProgress = progress;
            _sampledSince = now;
            return TimeSpan.Zero;
        }

        return Stopwatch.GetElapsedTime(_sampledSince, now);
    }

    /// <summary>Stops the loop (after the item it is running) and waits for its thread; drops the timers.</summary>
    public void Dispose()
    {
        if (_stopping) return;
        _stopping = true;
        if (_thread is null)
        {
            _realm.Timers.Dispose();
            return;
        }

        // A job still running script code stops at its next back-edge or call.
        if (!_waiting) _realm.RequestInterrupt("The realm is shutting down");
        _realm.Jobs.Post(static () => { });
        if (!IsOnLoopThread) _thread.Join();
    }
}
