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
    /// <summary>The budget between two looks at the interrupt flag at loop back-edges (16K back-edges).</summary>
    public const int BudgetQuantum = 16 * 1024 * BackEdgeCost;

    /// <summary>What a loop back-edge spends.</summary>
    public const int BackEdgeCost = 8;

    /// <summary>
    /// How far below the stack address of its last check a function entry may go without checking again:
    /// well inside the headroom RuntimeHelpers.TryEnsureSufficientExecutionStack guarantees (128 KB on 64-bit),
    /// so the JavaScript frames and any runtime frames between two checks cannot exhaust the stack.
    /// </summary>
    private const int StackWindowBelow = 32 * 1024;

    /// <summary>
    /// How far above it: entries at about the same depth as the check (a loop calling functions of other frame
    /// sizes) stay in the window. Far less than the frames between any thread's stack top and a JavaScript
    /// frame, so an address of another thread's stack never falls in the window.
    /// </summary>
    private const int StackWindowAbove = 4 * 1024;

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
    /// Spent by generated code: <see cref="BackEdgeCost"/> at a loop back-edge (below 0: <see cref="OnBudgetExhausted"/>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Budget;

    /// <summary>
    /// The window of stack addresses [_stackLow, _stackLow + _stackSpan) in which a function entry needs no
    /// check (see EnterFunction). A span of 0 makes the next entry check: the initial state, and what an
    /// interrupt request sets.
    /// </summary>
    private nuint _stackLow;
    private nuint _stackSpan;

    /// <summary>Asks the script to stop at its next back-edge or call. Safe from any thread; sticky.</summary>
    public void RequestInterrupt(string reason = "Script execution was interrupted")
    {
        _interruptReason = reason;
        Budget = InterruptedBudget;
        // After the reason (a full fence): an entry check that reset the window before reading no reason is
        // ordered before this store, so the window closes in any order of the two threads.
        Interlocked.Exchange(ref _stackSpan, 0);
    }

    /// <summary>The budget while an interrupt is pending: the next back-edge goes below 0.</summary>
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

    private Builtins.JsonParser? _jsonParser;

    /// <summary>The realm's JSON parser (with the member names and transitions of earlier parses), or null while a parse holds it.</summary>
    internal Builtins.JsonParser? TakeJsonParser()
    {
        Builtins.JsonParser? parser = _jsonParser;
        _jsonParser = null;
        return parser;
    }

    internal void ReturnJsonParser(Builtins.JsonParser parser) => _jsonParser = parser;

    /// <summary>Clears an interrupt request so that the realm can run again.</summary>
    public void ClearInterrupt()
    {
        _interruptReason = null;
        Budget = BudgetQuantum;
        _stackSpan = 0;
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
    /// At a function entry: the stack address of a local of the entering frame must lie in the window the last
    /// check opened, an unsigned compare of two fields that are only read here (a counter written at every
    /// entry made a chain of dependent stores through every call). Otherwise EnterFunctionCheck runs: it
    /// throws a pending interrupt, checks the stack (RangeError when it runs low) and opens a window around
    /// the current address. So runaway recursion still ends in a RangeError, never a crashed process, because
    /// the frames pushed between two checks stay within StackWindowBelow; a realm that moves to another thread
    /// checks at its first entry there (the other thread's stack lies outside the window); an interrupt
    /// request closes the window, so the next entry stops. The stack check reads a thread-local limit, which
    /// generated code (compiled once, without tiering) reaches through a TLS lookup call: at every entry it
    /// was 6% of a call-heavy workload.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void EnterFunction()
    {
        Unsafe.SkipInit(out byte probe); // only its address is used
        if ((nuint)Unsafe.AsPointer(ref probe) - _stackLow >= _stackSpan) EnterFunctionCheck();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private unsafe void EnterFunctionCheck()
    {
        if (_interruptReason is not null) ThrowInterrupted(this);
        EnsureStack();
        byte probe = 0;
        _stackLow = (nuint)Unsafe.AsPointer(ref probe) - StackWindowBelow;
        _stackSpan = StackWindowBelow + StackWindowAbove;

        // The reason is read again after the window opened (a full fence between): see RequestInterrupt.
        Interlocked.MemoryBarrier();
        if (_interruptReason is not null)
        {
            _stackSpan = 0;
            ThrowInterrupted(this);
        }
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
