// Realm: one global object with its intrinsics, one job queue, one interrupt budget, and the clock and
// time zone that Date reads (injectable, so that tests and hosts can pin them).
//
// JavaScript in a realm runs on one thread at a time; nothing here is thread-safe except
// RequestInterrupt, which another thread may call. Intrinsics are created on first touch, so a fresh
// realm costs a few small objects. Generated code receives the realm through a parameter or a closure
// field, never through thread-static state.
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public sealed class Realm
{
    /// <summary>
    /// The budget between two looks at the interrupt flag: a loop back-edge spends <see cref="BackEdgeCost"/>, a
    /// function entry 1 (so 16K back-edges, or 128K calls). A multiple of BackEdgeCost: see EnterFunction.
    /// </summary>
    public const int BudgetQuantum = 16 * 1024 * BackEdgeCost;

    /// <summary>What a loop back-edge spends: the low three bits of the budget then count function entries only.</summary>
    public const int BackEdgeCost = 8;

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
    /// Spent by generated code: <see cref="BackEdgeCost"/> at a loop back-edge (below 0: <see cref="OnBudgetExhausted"/>),
    /// 1 at a function entry (checked at every eighth entry, see <see cref="EnterFunction"/>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Budget;

    /// <summary>Asks the script to stop at its next back-edge or call. Safe from any thread; sticky.</summary>
    public void RequestInterrupt(string reason = "Script execution was interrupted")
    {
        _interruptReason = reason;
        Budget = InterruptedBudget;
    }

    /// <summary>
    /// The budget while an interrupt is pending: the next function entry brings it to 0, a multiple of 8 (a
    /// check, see EnterFunction), and the next back-edge below 0.
    /// </summary>
    private const int InterruptedBudget = 1;

    private System.Text.StringBuilder? _jsonBuilder;

    /// <summary>The realm's JSON.stringify output buffer, or a new one while another stringify holds it.</summary>
    internal System.Text.StringBuilder TakeJsonBuilder()
    {
        System.Text.StringBuilder? sb = _jsonBuilder;
        if (sb is null) return new System.Text.StringBuilder(256);
        _jsonBuilder = null;
        return sb;
    }

    /// <summary>Keeps a stringify buffer for the next one, unless it grew large (a big document's buffer is let go).</summary>
    internal void ReturnJsonBuilder(System.Text.StringBuilder sb)
    {
        if (sb.Capacity > 64 * 1024) return;
        sb.Clear();
        _jsonBuilder = sb;
    }

    /// <summary>Clears an interrupt request so that the realm can run again.</summary>
    public void ClearInterrupt()
    {
        _interruptReason = null;
        Budget = BudgetQuantum;
    }

    public bool IsInterruptRequested => _interruptReason is not null;

    /// <summary>
    /// The budget ran out: throws when an interrupt is pending, else starts a new quantum. Inlined into loop
    /// back-edges, so that the only call there is the throw, which the JIT knows does not return: the block
    /// is cold and the loop's numeric locals stay in registers (SysV saves no XMM register across a call, so a
    /// call that may return forces them onto the stack for the whole loop).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnBudgetExhausted()
    {
        if (_interruptReason is not null) ThrowInterrupted(this);
        Budget = BudgetQuantum;
    }

    [DoesNotReturn]
    private static void ThrowInterrupted(Realm realm)
    {
        realm.Budget = InterruptedBudget; // sticky: the next check throws again
        throw new ScriptInterruptedException(realm._interruptReason ?? "Script execution was interrupted");
    }

    /// <summary>
    /// At a function entry: spends one unit of budget and, at every eighth entry, looks at the budget and checks
    /// the stack (RangeError when it runs low). One counter serves both: back-edges spend
    /// <see cref="BackEdgeCost"/> = 8 and every value the budget is reset to is a multiple of 8, so the low three
    /// bits change only here and come back to zero once in every eight entries, whatever the loops in between
    /// did. Between two checks at most seven JavaScript frames are pushed, far less than the 64 KB or more of
    /// headroom the runtime's check keeps, so runaway recursion still ends in a RangeError, never a crashed
    /// process. An exhausted budget (0 at a check) is seen within eight entries, back-edges see it at once, and a
    /// requested interrupt sets the budget to 1 so that the very next entry or back-edge stops.
    /// The stack check reads a thread-local limit, which generated code (compiled once, without tiering)
    /// reaches through a TLS lookup call: at every entry it was 6% of a call-heavy workload.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterFunction()
    {
        if ((--Budget & (BackEdgeCost - 1)) == 0) EnterFunctionCheck();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterFunctionCheck()
    {
        if (Budget <= 0) OnBudgetExhausted();
        EnsureStack();
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
