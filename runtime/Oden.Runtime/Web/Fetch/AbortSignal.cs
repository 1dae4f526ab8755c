// AbortController, AbortSignal (https://dom.spec.whatwg.org/#interface-abortcontroller) and the
// DOMException they reject with (https://webidl.spec.whatwg.org/#idl-DOMException).
//
// - AbortSignal carries the EventTarget subset fetch code uses (addEventListener/removeEventListener for
//   "abort", once, onabort, dispatch in registration order) on its own prototype; there is no general
//   EventTarget here yet.
// - C# code (fetch, streams) subscribes with AddAlgorithm: the spec's abort algorithms run before the
//   event is fired.
// - Dependent signals (AbortSignal.any, a Request's signal following its input's or init's) are linked to
//   the non-dependent source signals directly, as the DOM spec's "create a dependent abort signal" does.
//   A source holds its dependents weakly, and strongly only while a dependent has something to run on
//   abort (listeners, onabort, abort algorithms): a long-lived controller's signal passed to every fetch
//   must not keep every request it ever followed alive.
// - AbortSignal.timeout arms a timer of the realm's clock (TimeProvider) that posts back to the realm.
//   Like node's, it does not count as pending work: it never keeps an event loop alive by itself.
// - A DOMException is an Error object (stack captured) whose name and message are own non-enumerable
//   data properties (node keeps them behind prototype getters); `code` is a prototype getter.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsAbortSignal : JsObject
{
    internal JsAbortSignal(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "AbortSignal";

    public bool Aborted { get; private set; }

    public JsValue Reason { get; private set; }

    private List<Listener>? _listeners;
    private List<Action<Realm, JsValue>>? _algorithms;

    // Source side: the links to dependent signals. Dependent side: the links that point at this signal.
    private List<DependentLink>? _dependents;
    private List<DependentLink>? _links;

    /// <summary>A source's link to a dependent: weak, plus a strong reference while the dependent has abort work.</summary>
    private sealed class DependentLink(JsAbortSignal dependent)
    {
        public readonly WeakReference<JsAbortSignal> Weak = new(dependent);
        public JsAbortSignal? Strong;
        public JsAbortSignal? Source;
    }
    internal JsValue OnAbort;
    internal ITimer? Timer;

    private sealed class Listener(JsValue callback, bool once, bool isHandler)
    {
        public JsValue Callback = callback;
        public readonly bool Once = once;
        public readonly bool IsHandler = isHandler;
        public bool Removed;
    }

    /// <summary>Runs <paramref name="algorithm"/> (with the reason) when the signal aborts; not if already aborted.</summary>
    public void AddAlgorithm(Action<Realm, JsValue> algorithm)
    {
        (_algorithms ??= []).Add(algorithm);
        UpdateHold();
    }

    public void RemoveAlgorithm(Action<Realm, JsValue> algorithm)
    {
        if (_algorithms?.Remove(algorithm) == true) UpdateHold();
    }

    /// <summary>
    /// Makes this signal follow <paramref name="source"/> (a dependent abort signal, flattened to the
    /// source's own sources when it is dependent itself).
    /// </summary>
    /// <see href="https://dom.spec.whatwg.org/#create-a-dependent-abort-signal"/>
    internal void Follow(Realm realm, JsAbortSignal source)
    {
        if (Aborted) return;
        if (source.Aborted)
        {
            SignalAbort(realm, source.Reason);
            return;
        }

        if (source._links is null)
        {
            source.LinkDependent(this);
            return;
        }

        foreach (DependentLink link in source._links.ToArray())
        {
            // A dependent's links point at its (non-dependent) sources; find the source of each.
            if (link.Source is { } s) s.LinkDependent(this);
        }
    }

    private void LinkDependent(JsAbortSignal dependent)
    {
        _dependents ??= [];
        foreach (DependentLink existing in _dependents)
        {
            if (existing.Weak.TryGetTarget(out JsAbortSignal? d) && ReferenceEquals(d, dependent)) return;
        }

        // Drop links whose dependents were collected, amortized over the additions.
        if (_dependents.Count >= 16 && (_dependents.Count & (_dependents.Count - 1)) == 0)
        {
            _dependents.RemoveAll(static l => l.Strong is null && !l.Weak.TryGetTarget(out _));
        }

        var link = new DependentLink(dependent) { Source = this, Strong = dependent.HasAbortWork ? dependent : null };
        _dependents.Add(link);
        (dependent._links ??= []).Add(link);
    }

    /// <summary>How many dependents this source still reaches (tests).</summary>
    internal int LiveDependentCount
    {
        get
        {
            int count = 0;
            if (_dependents is null) return 0;
            foreach (DependentLink link in _dependents)
            {
                if (link.Weak.TryGetTarget(out _)) count++;
            }

            return count;
        }
    }

    /// <summary>Listeners, onabort or abort algorithms: what makes a dependent worth keeping alive through its sources.</summary>
    private bool HasAbortWork => !Aborted && (_listeners is { Count: > 0 } || _algorithms is { Count: > 0 });

    private void UpdateHold()
    {
        if (_links is null) return;
        JsAbortSignal? hold = HasAbortWork ? this : null;
        foreach (DependentLink link in _links) link.Strong = hold;
    }

    internal void AddListener(JsValue callback, bool once)
    {
        _listeners ??= [];
        foreach (Listener l in _listeners)
        {
            if (!l.IsHandler && !l.Removed && Operations.SameValue(l.Callback, callback)) return;
        }

        _listeners.Add(new Listener(callback, once, isHandler: false));
        UpdateHold();
    }

    internal void RemoveListener(JsValue callback)
    {
        if (_listeners is null) return;
        for (int i = 0; i < _listeners.Count; i++)
        {
            Listener l = _listeners[i];
            if (!l.IsHandler && Operations.SameValue(l.Callback, callback))
            {
                l.Removed = true;
                _listeners.RemoveAt(i);
                UpdateHold();
                return;
            }
        }
    }

    internal void SetHandler(JsValue handler)
    {
        OnAbort = handler._ref is JsObject ? handler : JsValue.Null;
        _listeners ??= [];
        foreach (Listener l in _listeners)
        {
            if (l.IsHandler) return;
        }

        _listeners.Add(new Listener(default, once: false, isHandler: true));
        UpdateHold();
    }

    /// <see href="https://dom.spec.whatwg.org/#abortsignal-signal-abort"/>
    public void SignalAbort(Realm realm, JsValue reason)
    {
        // 1. If signal is aborted, then return.
        if (Aborted) return;

        // 2. Set signal's abort reason to reason if it is given; otherwise to a new "AbortError" DOMException.
        MarkAborted(reason.IsUndefined ? DomException.Create(realm, "This operation was aborted", "AbortError") : reason);

        // 3. The dependents that are not aborted yet take the same reason now; their abort steps run after this signal's.
        List<JsAbortSignal>? dependentsToAbort = null;
        if (_dependents is { } dependents)
        {
            _dependents = null;
            foreach (DependentLink link in dependents)
            {
                if (!link.Weak.TryGetTarget(out JsAbortSignal? dependent) || dependent.Aborted) continue;
                dependent.MarkAborted(Reason);
                (dependentsToAbort ??= []).Add(dependent);
            }
        }

        RunAbortSteps(realm);
        if (dependentsToAbort is not null)
        {
            foreach (JsAbortSignal dependent in dependentsToAbort) dependent.RunAbortSteps(realm);
        }
    }

    /// <summary>Aborted with <paramref name="reason"/>: its timeout stops, and it lets go of its sources.</summary>
    private void MarkAborted(JsValue reason)
    {
        Aborted = true;
        Reason = reason;
        Timer?.Dispose();
        Timer = null;
        ReleaseLinks();
    }

    /// <summary>An aborted dependent no longer needs its sources (nor they it).</summary>
    private void ReleaseLinks()
    {
        if (_links is null) return;
        foreach (DependentLink link in _links)
        {
            link.Strong = null;
            link.Weak.SetTarget(null!);
        }

        _links = null;
    }

    /// <see href="https://dom.spec.whatwg.org/#run-the-abort-steps"/>
    private void RunAbortSteps(Realm realm)
    {
        // 3-4. Run the abort algorithms, then empty them.
        if (_algorithms is { } algorithms)
        {
            _algorithms = null;
            foreach (var algorithm in algorithms) algorithm(realm, Reason);
        }

        // 5. Fire an event named abort at signal.
        if (_listeners is { Count: > 0 } listeners)
        {
            JsObject evt = CreateEvent(realm, "abort", this);
            foreach (Listener l in listeners.ToArray())
            {
                if (l.Removed) continue;
                if (l.Once) RemoveListener(l.Callback);
                JsValue callback = l.IsHandler ? OnAbort : l.Callback;
                try
                {
                    if (callback._ref is JsFunction f)
                    {
                        f.Call1(this, evt);
                    }
                    else if (callback._ref is JsObject o && o.Get("handleEvent")._ref is JsFunction handleEvent)
                    {
                        handleEvent.Call1(o, evt);
                    }
                }
                catch (JsException e)
                {
                    // Reported like an uncaught exception of a later task; abort() itself returns normally.
                    JsValue error = e.Value;
                    realm.Jobs.Enqueue(() => throw new JsException(error));
                }
            }
        }
    }

    private static readonly Shape s_eventShape = Shape.Empty
        .AddProperty("type", PropertyFlags.Default)
        .AddProperty("target", PropertyFlags.Default)
        .AddProperty("currentTarget", PropertyFlags.Default)
        .AddProperty("isTrusted", PropertyFlags.Default)
        .AddProperty("defaultPrevented", PropertyFlags.Default);

    private static JsObject CreateEvent(Realm realm, string type, JsObject target)
    {
        var evt = new JsObject(realm.Intrinsics.ObjectPrototype, s_eventShape);
        evt._slots[0] = type;
        evt._slots[1] = target;
        evt._slots[2] = target;
        evt._slots[3] = JsValue.True;
        evt._slots[4] = JsValue.False;
        return evt;
    }

    /// <summary>Throws the abort reason if aborted (throwIfAborted()).</summary>
    public void ThrowIfAborted()
    {
        if (Aborted) throw new JsException(Reason);
    }
}

public sealed class JsAbortController(JsObject prototype, JsAbortSignal signal) : JsObject(prototype)
{
    public override string ClassName => "AbortController";

    public JsAbortSignal Signal { get; } = signal;
}

[JsToStringTag("AbortController")]
internal static partial class AbortControllerPrototype
{
    [JsConstructor("AbortController", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "AbortController");
        var signal = new JsAbortSignal(realm.Intrinsics.AbortSignalPrototype);
        return new JsAbortController(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.AbortControllerPrototype), signal);
    }

    private static JsAbortController This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsAbortController ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("signal", Flags = WebIdl.Attr)]
    private static JsValue Signal(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Signal;

    [JsFunction("abort", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Abort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue).Signal.SignalAbort(realm, args.At(0));
        return default;
    }
}

/// <summary>%AbortSignal%'s static methods.</summary>
internal static partial class AbortSignalConstructor
{
    [JsConstructor("AbortSignal", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw WebIdl.IllegalConstructor(realm);

    /// <see href="https://dom.spec.whatwg.org/#dom-abortsignal-abort"/>
    [JsFunction("abort", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Abort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var signal = new JsAbortSignal(realm.Intrinsics.AbortSignalPrototype);
        signal.SignalAbort(realm, args.At(0));
        return signal;
    }

    /// <see href="https://dom.spec.whatwg.org/#dom-abortsignal-timeout"/>
    [JsFunction("timeout", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Timeout(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // Validated as node does (validateUint32): a number, an integer from 0 to 2^32 - 1; past 2^31 - 1 ms
        // node's timer fires after 1 ms, and so does this one.
        JsValue delay = args.At(0);
        if (!delay.IsNumber) throw realm.TypeError("The \"delay\" argument must be of type number.");
        double ms = delay.AsNumber;
        if (ms != Math.Truncate(ms) || ms < 0 || ms > uint.MaxValue) throw realm.RangeError("The value of \"delay\" is out of range.");
        return CreateTimeoutSignal(realm, TimeSpan.FromMilliseconds(ms > int.MaxValue ? 1 : ms));
    }

    /// <summary>A signal that aborts with a "TimeoutError" DOMException after <paramref name="delay"/>.</summary>
    internal static JsAbortSignal CreateTimeoutSignal(Realm realm, TimeSpan delay)
    {
        var signal = new JsAbortSignal(realm.Intrinsics.AbortSignalPrototype);
        signal.Timer = realm.Clock.CreateTimer(
            static state =>
            {
                var (r, s) = ((Realm, JsAbortSignal))state!;
                r.Jobs.Post(() => s.SignalAbort(r, DomException.Create(r, "The operation was aborted due to timeout", "TimeoutError")));
            },
            (realm, signal),
            delay,
            System.Threading.Timeout.InfiniteTimeSpan);
        return signal;
    }

    /// <see href="https://dom.spec.whatwg.org/#dom-abortsignal-any"/>
    [JsFunction("any", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Any(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        List<JsValue> signals = IteratorRecord.IterableToList(realm, args.At(0));
        var sources = new List<JsAbortSignal>(signals.Count);
        foreach (JsValue v in signals)
        {
            sources.Add(v._ref as JsAbortSignal ?? throw realm.TypeError("The \"signals\" argument must be an array of AbortSignal instances"));
        }

        var result = new JsAbortSignal(realm.Intrinsics.AbortSignalPrototype);
        foreach (JsAbortSignal source in sources)
        {
            if (source.Aborted)
            {
                result.SignalAbort(realm, source.Reason);
                return result;
            }
        }

        foreach (JsAbortSignal source in sources) result.Follow(realm, source);

        return result;
    }
}

[JsToStringTag("AbortSignal")]
internal static partial class AbortSignalPrototype
{
    private static JsAbortSignal This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsAbortSignal ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("aborted", Flags = WebIdl.Attr)]
    private static JsValue Aborted(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Aborted;

    [JsGetter("reason", Flags = WebIdl.Attr)]
    private static JsValue Reason(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Reason;

    [JsFunction("throwIfAborted", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ThrowIfAborted(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue).ThrowIfAborted();
        return default;
    }

    [JsGetter("onabort", Flags = WebIdl.Attr)]
    private static JsValue GetOnAbort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsValue handler = This(realm, thisValue).OnAbort;
        return handler.IsUndefined ? JsValue.Null : handler;
    }

    [JsSetter("onabort", Flags = WebIdl.Attr)]
    private static JsValue SetOnAbort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        This(realm, thisValue).SetHandler(args.At(0));
        return default;
    }

    [JsFunction("addEventListener", Length = 2, Flags = WebIdl.Op)]
    private static JsValue AddEventListener(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsAbortSignal signal = This(realm, thisValue);
        if (args.Length < 2) throw realm.TypeError("The \"type\" and \"listener\" arguments must be specified");
        string type = WebIdl.ToDomString(realm, args[0]);
        JsValue listener = args[1];
        bool once = args.At(2)._ref is JsObject options && Operations.ToBoolean(options.Get("once"));
        if (type != "abort" || listener._ref is not JsObject) return default;
        if (!signal.Aborted) signal.AddListener(listener, once);
        return default;
    }

    [JsFunction("removeEventListener", Length = 2, Flags = WebIdl.Op)]
    private static JsValue RemoveEventListener(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsAbortSignal signal = This(realm, thisValue);
        if (args.Length < 2) throw realm.TypeError("The \"type\" and \"listener\" arguments must be specified");
        if (WebIdl.ToDomString(realm, args[0]) == "abort") signal.RemoveListener(args[1]);
        return default;
    }
}

internal static class DomException
{
    private static readonly string[] s_legacyNames =
    [
        "", "IndexSizeError", "", "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError", "",
        "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "InUseAttributeError", "InvalidStateError",
        "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", "", "TypeMismatchError",
        "SecurityError", "NetworkError", "AbortError", "URLMismatchError", "QuotaExceededError", "TimeoutError",
        "InvalidNodeTypeError", "DataCloneError",
    ];

    public static JsError Create(Realm realm, string message, string name) =>
        Create(realm, realm.Intrinsics.DomExceptionPrototype, message, name);

    private static JsError Create(Realm realm, JsObject prototype, string message, string name)
    {
        var error = new JsError(prototype);
        error.FastAddProperty("message", message, PropertyFlags.Hidden);
        error.FastAddProperty("name", name, PropertyFlags.Hidden);
        return error;
    }

    public static int Code(string name)
    {
        int i = Array.IndexOf(s_legacyNames, name);
        return i <= 0 ? 0 : i;
    }

    internal static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "DOMException");
        string message = args.At(0).IsUndefined ? "" : WebIdl.ToDomString(realm, args[0]);
        string name = "Error";
        JsValue second = args.At(1);
        if (second._ref is JsObject options)
        {
            JsValue n = options.Get("name");
            if (!n.IsUndefined) name = WebIdl.ToDomString(realm, n);
        }
        else if (!second.IsUndefined)
        {
            name = WebIdl.ToDomString(realm, second);
        }

        return Create(realm, JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.DomExceptionPrototype), message, name);
    }
}

[JsToStringTag("DOMException")]
internal static partial class DomExceptionPrototype
{
    [JsConstructor("DOMException", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        DomException.Construct(realm, thisValue, args, newTarget);

    [JsGetter("code", Flags = WebIdl.Attr)]
    private static JsValue Code(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsError e) throw WebIdl.IllegalInvocation(realm);
        return e.Get("name") is { IsString: true } n ? DomException.Code(n.AsString()) : 0;
    }
}
