// JsFetchEvent: the argument of a registerEventHandler handler ({ type, request, fetch } own properties and
// respondWith / waitUntil / passThroughOnException on %FetchEvent.prototype%), and JsExecutionContext, a
// module worker's ctx (waitUntil / passThroughOnException). Both are fixed-shape runtime classes over one
// FetchEventState.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsFetchEvent : JsObject
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Other)
        .AddProperty("type", PropertyFlags.Enumerable)
        .AddProperty("request", PropertyFlags.Enumerable)
        .AddProperty("fetch", PropertyFlags.Default);

    internal readonly FetchEventState State;

    internal JsFetchEvent(Realm realm, JsRequest request, JsValue fetch, FetchEventState state)
        : base(realm.Intrinsics.FetchEventPrototype, s_shape)
    {
        State = state;
        _slots[0] = "fetch";
        _slots[1] = request;
        _slots[2] = fetch;
    }

    public override string ClassName => "FetchEvent";
}

public sealed class JsExecutionContext : JsObject
{
    internal readonly FetchEventState State;

    internal JsExecutionContext(Realm realm, FetchEventState state)
        : base(realm.Intrinsics.ExecutionContextPrototype)
    {
        State = state;
    }

    public override string ClassName => "ExecutionContext";
}

internal static partial class FetchEventPrototype
{
    private static FetchEventState StateOf(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref is JsFetchEvent e ? e.State : throw realm.TypeError($"FetchEvent.{method} called on an object that is not a FetchEvent");

    [JsFunction("respondWith", Length = 1)]
    private static JsValue RespondWith(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        StateOf(realm, thisValue, "respondWith").RespondWith(realm, args.At(0));
        return default;
    }

    [JsFunction("waitUntil", Length = 1)]
    private static JsValue WaitUntil(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        StateOf(realm, thisValue, "waitUntil").WaitUntil(realm, args.At(0));
        return default;
    }

    [JsFunction("passThroughOnException")]
    private static JsValue PassThroughOnException(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        StateOf(realm, thisValue, "passThroughOnException").SetPassThroughOnException(realm);
        return default;
    }
}

internal static partial class ExecutionContextPrototype
{
    private static FetchEventState StateOf(Realm realm, JsValue thisValue, string method) =>
        thisValue._ref is JsExecutionContext c ? c.State : throw realm.TypeError($"ctx.{method} called on an object that is not an ExecutionContext");

    [JsFunction("waitUntil", Length = 1)]
    private static JsValue WaitUntil(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        StateOf(realm, thisValue, "waitUntil").WaitUntil(realm, args.At(0));
        return default;
    }

    [JsFunction("passThroughOnException")]
    private static JsValue PassThroughOnException(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        StateOf(realm, thisValue, "passThroughOnException").SetPassThroughOnException(realm);
        return default;
    }
}
