// Node's EventEmitter subset on Express's req and res: on/addListener, once, off/removeListener, emit,
// listenerCount. The host's events arrive as posted jobs on the realm's thread:
//   res 'drain'  — a res.write returned false (the unflushed bytes reached the high-water mark) and the
//                  host has since flushed everything (IHttpExchange.WhenFlushed);
//   res 'finish', then res 'close' and req 'close' — the response was complete;
//   req 'aborted', res 'close', then req 'close' — the client went away (or the connection was aborted)
//   first (node's order).
// The completion is watched only once a 'close' or 'finish' listener exists, so a handler that never
// listens costs nothing. Listeners run in registration order with the emitter as `this`; a throw is an
// uncaught error of that job, as in node.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

/// <summary>The listeners of one emitter, in registration order.</summary>
internal sealed class NodeEventListeners
{
    private readonly List<(string Name, JsValue Listener, bool Once)> _entries = [];

    public void Add(string name, JsValue listener, bool once) => _entries.Add((name, listener, once));

    /// <summary>Removes the most recently added registration of <paramref name="listener"/> for the event, as node does.</summary>
    public void Remove(string name, JsValue listener)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            if (_entries[i].Name == name && _entries[i].Listener._ref == listener._ref)
            {
                _entries.RemoveAt(i);
                return;
            }
        }
    }

    public int Count(string name)
    {
        int n = 0;
        foreach (var e in _entries)
        {
            if (e.Name == name) n++;
        }

        return n;
    }

    /// <summary>Calls the listeners of <paramref name="name"/> registered before the emit; true when there were any.</summary>
    public bool Emit(JsObject emitter, string name, ReadOnlySpan<JsValue> args)
    {
        var snapshot = new List<JsValue>();
        for (int i = 0; i < _entries.Count; i++)
        {
            var e = _entries[i];
            if (e.Name != name) continue;
            snapshot.Add(e.Listener);
            if (e.Once)
            {
                _entries.RemoveAt(i);
                i--;
            }
        }

        foreach (JsValue listener in snapshot)
        {
            ((JsFunction)listener._ref!).Call(emitter, args);
        }

        return snapshot.Count > 0;
    }
}

/// <summary>The emitter methods, shared by req and res.</summary>
internal static class ExpressEvents
{
    public static NodeEventListeners? ListenersOf(JsValue thisValue) => thisValue._ref switch
    {
        JsExpressRequest req => req.Listeners,
        JsExpressResponse res => res.Listeners,
        _ => null,
    };

    private static NodeEventListeners Require(Realm realm, JsValue thisValue, string method) => thisValue._ref switch
    {
        JsExpressRequest req => req.Listeners ??= new NodeEventListeners(),
        JsExpressResponse res => res.Listeners ??= new NodeEventListeners(),
        _ => throw realm.TypeError($"{method} called on an object that is not a request or a response"),
    };

    public static JsValue On(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool once, string method)
    {
        NodeEventListeners listeners = Require(realm, thisValue, method);
        string name = EventName(realm, args.At(0));
        JsValue listener = args.At(1);
        if (listener._ref is not JsFunction)
        {
            throw realm.TypeError("The \"listener\" argument must be of type function. Received " + Operations.DescribeForError(realm, listener) + " (ERR_INVALID_ARG_TYPE)");
        }

        listeners.Add(name, listener, once);
        if (name is "close" or "finish" or "aborted")
        {
            JsExpressResponse? res = thisValue._ref as JsExpressResponse ?? (thisValue._ref as JsExpressRequest)?.Response;
            res?.WatchCompletion();
        }

        return thisValue;
    }

    public static JsValue Off(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        Require(realm, thisValue, "off").Remove(EventName(realm, args.At(0)), args.At(1));
        return thisValue;
    }

    public static JsValue Emit(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        NodeEventListeners listeners = Require(realm, thisValue, "emit");
        return listeners.Emit((JsObject)thisValue._ref!, EventName(realm, args.At(0)), args.Length > 1 ? args[1..] : []);
    }

    public static JsValue ListenerCount(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ListenersOf(thisValue) is { } l ? l.Count(EventName(realm, args.At(0))) : 0;

    private static string EventName(Realm realm, JsValue name) =>
        name.IsSymbol ? throw realm.TypeError("symbol event names are not supported on req/res") : Operations.ToString(realm, name);

    /// <summary>Emits <paramref name="name"/> on an emitter that may have no listeners (no allocation then).</summary>
    public static void EmitIfListened(JsObject emitter, NodeEventListeners? listeners, string name)
    {
        if (listeners is not null && listeners.Count(name) > 0) listeners.Emit(emitter, name, []);
    }
}

internal static partial class ExpressRequestPrototype
{
    [JsFunction("on", Length = 2, Alias = "addListener")]
    private static JsValue On(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.On(realm, thisValue, args, once: false, "req.on");

    [JsFunction("once", Length = 2)]
    private static JsValue Once(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.On(realm, thisValue, args, once: true, "req.once");

    [JsFunction("off", Length = 2, Alias = "removeListener")]
    private static JsValue Off(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.Off(realm, thisValue, args);

    [JsFunction("emit", Length = 1)]
    private static JsValue Emit(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.Emit(realm, thisValue, args);

    [JsFunction("listenerCount", Length = 1)]
    private static JsValue ListenerCount(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.ListenerCount(realm, thisValue, args);
}

internal static partial class ExpressResponsePrototype
{
    [JsFunction("on", Length = 2, Alias = "addListener")]
    private static JsValue On(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.On(realm, thisValue, args, once: false, "res.on");

    [JsFunction("once", Length = 2)]
    private static JsValue Once(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.On(realm, thisValue, args, once: true, "res.once");

    [JsFunction("off", Length = 2, Alias = "removeListener")]
    private static JsValue Off(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.Off(realm, thisValue, args);

    [JsFunction("emit", Length = 1)]
    private static JsValue Emit(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.Emit(realm, thisValue, args);

    [JsFunction("listenerCount", Length = 1)]
    private static JsValue ListenerCount(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ExpressEvents.ListenerCount(realm, thisValue, args);

    /// <summary>res.writableLength: body bytes written but not yet flushed to the client.</summary>
    [JsGetter("writableLength")]
    private static JsValue WritableLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsExpressResponse res = ThisResponse(realm, thisValue, "writableLength");
        return res.Started && !res.Exchange.IsClosed ? (double)res.Exchange.UnflushedBytes : 0;
    }

    [JsGetter("writableHighWaterMark")]
    private static JsValue WritableHighWaterMark(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ThisResponse(realm, thisValue, "writableHighWaterMark") is not null ? JsExpressResponse.HighWaterMark : 0;

    /// <summary>res.writableNeedDrain: a write returned false and 'drain' has not been emitted yet.</summary>
    [JsGetter("writableNeedDrain")]
    private static JsValue WritableNeedDrain(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisResponse(realm, thisValue, "writableNeedDrain").NeedDrain;

    /// <summary>res.writableEnded: end() (or send/json) was called.</summary>
    [JsGetter("writableEnded")]
    private static JsValue WritableEnded(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => ThisResponse(realm, thisValue, "writableEnded").Finished;
}

public sealed partial class JsExpressResponse
{
    /// <summary>node's default highWaterMark of a writable (16 KiB): res.write returns false at or above it.</summary>
    internal const int HighWaterMark = 16 * 1024;

    internal NodeEventListeners? Listeners;

    /// <summary>The request of this exchange (its 'close' listeners hear the completion too).</summary>
    internal JsExpressRequest? Request;

    /// <summary>A write returned false; 'drain' is due once the host flushed everything.</summary>
    internal bool NeedDrain;

    private bool _watchingCompletion;

    /// <summary>
    /// res.write's answer after a chunk of <paramref name="written"/> bytes went to the host: false (and a 'drain'
    /// later) at the high-water mark. As in node, the measure is the buffered length right after this chunk was
    /// added, so a chunk of at least the mark returns false even when the host's pump, on another thread, has
    /// already flushed it by the time this runs.
    /// </summary>
    internal bool AfterWrite(int written)
    {
        if (Exchange.IsClosed) return false;
        if (Math.Max(Exchange.UnflushedBytes, written) < HighWaterMark) return true;
        if (!NeedDrain)
        {
            NeedDrain = true;
            Exchange.WhenFlushed().ContinueWith(
                static (_, state) =>
                {
                    var res = (JsExpressResponse)state!;
                    res._realm.Jobs.Post(res.EmitDrain);
                },
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return false;
    }

    private void EmitDrain()
    {
        if (!NeedDrain) return;
        NeedDrain = false;
        if (Exchange.IsClosed) return; // the request is over: 'close' tells listeners, not 'drain'
        ExpressEvents.EmitIfListened(this, Listeners, "drain");
    }

    /// <summary>res.end's callback: a 'finish' listener (not called when the client went away first, as in node).</summary>
    internal void OnceFinished(JsFunction callback)
    {
        (Listeners ??= new NodeEventListeners()).Add("finish", callback, once: true);
        WatchCompletion();
    }

    private List<JsFunction>? _flushCallbacks;
    private bool _watchingFlush;

    /// <summary>
    /// res.write's callback: called once every byte written so far was flushed to the client (so never before
    /// its own chunk; node calls it per chunk, which can be earlier while later writes are pending), or with
    /// an Error when the request ended before; always before 'finish', in the order of the writes.
    /// </summary>
    internal void AfterFlushed(JsFunction callback)
    {
        (_flushCallbacks ??= []).Add(callback);
        if (_watchingFlush) return;
        _watchingFlush = true;
        Exchange.WhenFlushed().ContinueWith(
            static (_, state) =>
            {
                var res = (JsExpressResponse)state!;
                res._realm.Jobs.Post(() =>
                {
                    res._watchingFlush = false;
                    res.RunFlushCallbacks();
                });
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Calls the write callbacks waiting so far (realm thread); those of chunks still unflushed get an Error if the request ended.</summary>
    private void RunFlushCallbacks()
    {
        if (_flushCallbacks is not { Count: > 0 } callbacks) return;
        _flushCallbacks = null;
        bool lost = Exchange.IsClosed && Exchange.UnflushedBytes > 0;
        foreach (JsFunction cb in callbacks)
        {
            cb.Call1(this, lost ? _realm.Error("the response ended before the chunk was written (ERR_STREAM_DESTROYED)").Value : JsValue.Undefined);
        }
    }

    /// <summary>Subscribes once to the host's completion: 'finish'/'close' are emitted on the realm's thread.</summary>
    internal void WatchCompletion()
    {
        if (_watchingCompletion) return;
        _watchingCompletion = true;
        Exchange.Completion.ContinueWith(
            static (t, state) =>
            {
                var res = (JsExpressResponse)state!;
                bool aborted = !t.IsCompletedSuccessfully || t.Result;
                res._realm.Jobs.Post(() => res.EmitCompletion(aborted));
            },
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void EmitCompletion(bool aborted)
    {
        RunFlushCallbacks();
        if (aborted)
        {
            // node's order: req 'aborted', res 'close', req 'close'.
            if (Request is { } req) ExpressEvents.EmitIfListened(req, req.Listeners, "aborted");
            ExpressEvents.EmitIfListened(this, Listeners, "close");
            if (Request is { } r2) ExpressEvents.EmitIfListened(r2, r2.Listeners, "close");
            return;
        }

        ExpressEvents.EmitIfListened(this, Listeners, "finish");
        ExpressEvents.EmitIfListened(this, Listeners, "close");
        if (Request is { } r) ExpressEvents.EmitIfListened(r, r.Listeners, "close");
    }
}

public sealed partial class JsExpressRequest
{
    internal NodeEventListeners? Listeners;

    /// <summary>The response of this exchange (req.on('close') watches its completion).</summary>
    internal JsExpressResponse? Response;
}
