// Realm: one global object with its intrinsics, one job queue, one interrupt budget, and the clock and
// time zone that Date reads (injectable, so that tests and hosts can pin them).
//
// JavaScript in a realm runs on one thread at a time; nothing here is thread-safe except
// RequestInterrupt, which another thread may call. Intrinsics are created on first touch, so a fresh
// realm costs a few small objects. Generated code receives the realm through a parameter or a closure
// field, never through thread-static state.
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public sealed class Realm
{
    /// <summary>Back-edges and function entries between two looks at the interrupt flag.</summary>
    public const int BudgetQuantum = 16 * 1024;

    private volatile string? _interruptReason;

    public Realm(IRealmHost? host = null)
    {
        Host = host ?? StandardStreamsHost.Instance;
        Intrinsics = new Intrinsics(this);
        Jobs = new JobQueue(this);
        Budget = BudgetQuantum;
    }

    public IRealmHost Host { get; set; }

    /// <summary>
    /// The compile hook behind eval and the Function constructor (see IDynamicCodeCompiler); null: dynamic
    /// code is unavailable and they throw.
    /// </summary>
    public IDynamicCodeCompiler? DynamicCodeCompiler { get; set; }

    public Intrinsics Intrinsics { get; }

    public JsObject GlobalObject => Intrinsics.GlobalObject;

    public JobQueue Jobs { get; }

    private TimerQueue? _timers;

    /// <summary>The realm's timers and immediates (Web/Timers); an EventLoop runs them.</summary>
    public TimerQueue Timers => _timers ??= new TimerQueue(this);

    private TimeProvider _clock = TimeProvider.System;
    private TimeZoneInfo? _timeZone;

    /// <summary>The clock behind Date.now() and new Date(); tests install a fixed one.</summary>
    public TimeProvider Clock
    {
        get => _clock;
        set => _clock = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The zone of Date's local time (LocalTime/UTC, getHours, toString). Unless set, the clock's
    /// LocalTimeZone: TimeZoneInfo.Local for the system clock, which honours TZ on Linux.
    /// </summary>
    public TimeZoneInfo TimeZone
    {
        get => _timeZone ?? _clock.LocalTimeZone;
        set => _timeZone = value;
    }

    /// <summary>What outbound fetch() may do (Web/Fetch/FetchPolicy.cs); disabled unless the host sets a policy.</summary>
    public FetchPolicy Fetch { get; set; } = FetchPolicy.Disabled;

    /// <summary>Per-realm state of CommonJS modules compiled into loaded assemblies, keyed by module id.</summary>
    public Dictionary<string, JsObject> ModuleCache { get; } = new(StringComparer.Ordinal);

    /// <summary>HostPromiseRejectionTracker's state (Builtins/Promise); created by the first rejection without a handler.</summary>
    internal Builtins.PromiseRejectionTracker? PromiseRejections;

    private HashSet<JsObject>? _joinStack;

    /// <summary>
    /// The arrays whose join/toString is on the stack (cycle detection, as V8 does: a cycle joins as "").
    /// Join cannot suspend, so the set only holds entries during one synchronous call.
    /// </summary>
    internal HashSet<JsObject> JoinStack => _joinStack ??= new HashSet<JsObject>(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Decremented by generated code at loop back-edges and function entries; when it goes negative the
    /// code calls <see cref="OnBudgetExhausted"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Budget;

    /// <summary>Asks the script to stop at its next back-edge or call. Safe from any thread; sticky.</summary>
    public void RequestInterrupt(string reason = "Script execution was interrupted")
    {
        _interruptReason = reason;
        Budget = 0;
    }

    /// <summary>Clears an interrupt request so that the realm can run again.</summary>
    public void ClearInterrupt()
    {
        _interruptReason = null;
        Budget = BudgetQuantum;
    }

    public bool IsInterruptRequested => _interruptReason is not null;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void OnBudgetExhausted()
    {
        string? reason = _interruptReason;
        if (reason is not null)
        {
            Budget = 0;
            throw new ScriptInterruptedException(reason);
        }

        Budget = BudgetQuantum;
    }

    private int _entries;

    /// <summary>
    /// At a function entry: counts the budget, and checks the stack at every eighth entry (RangeError when it
    /// runs low). The stack check reads a thread-local limit, which generated code (compiled once, without
    /// tiering) reaches through a TLS lookup call: at every entry it was 6% of a call-heavy workload. Between
    /// two checks at most seven JavaScript frames are pushed, far less than the 64 KB or more of headroom the
    /// runtime's check keeps, so runaway recursion still ends in a RangeError, never a crashed process.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterFunction()
    {
        if (--Budget < 0) OnBudgetExhausted();
        if ((++_entries & 7) == 0) EnsureStack();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowStackOverflow() => throw RangeError("Maximum call stack size exceeded");

    /// <summary>Guards a recursive path in C# (JSON, join, sort comparators): RangeError instead of a crash.</summary>
    public void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) ThrowStackOverflow();
    }

    // Error factories: `throw realm.TypeError("...")`.
    public JsException Error(string message) => new(JsError.Create(this, ErrorKind.Error, message));
    public JsException TypeError(string message) => new(JsError.Create(this, ErrorKind.TypeError, message));
    public JsException RangeError(string message) => new(JsError.Create(this, ErrorKind.RangeError, message));
    public JsException ReferenceError(string message) => new(JsError.Create(this, ErrorKind.ReferenceError, message));
    public JsException SyntaxError(string message) => new(JsError.Create(this, ErrorKind.SyntaxError, message));
    public JsException EvalError(string message) => new(JsError.Create(this, ErrorKind.EvalError, message));
    public JsException URIError(string message) => new(JsError.Create(this, ErrorKind.URIError, message));
}
