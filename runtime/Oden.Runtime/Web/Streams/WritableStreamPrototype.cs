// %WritableStream%, %WritableStreamDefaultWriter% and %WritableStreamDefaultController%
// (https://streams.spec.whatwg.org/#ws-class).
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

/// <summary>An underlying sink given as a JavaScript object (start/write/close/abort methods).</summary>
internal sealed class JsUnderlyingSink(JsValue sink, JsFunction? start, JsFunction? write, JsFunction? close, JsFunction? abort) : WritableSink
{
    public override JsValue Start(Realm realm, JsWritableStreamDefaultController controller) =>
        start is null ? default : start.Call1(sink, controller);

    public override JsPromise Write(Realm realm, JsValue chunk, JsWritableStreamDefaultController controller)
    {
        if (write is null) return WebIdl.ResolvedPromise(realm, default);
        try
        {
            return (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, write.Call2(sink, chunk, controller));
        }
        catch (JsException e)
        {
            return WebIdl.RejectedPromise(realm, e.Value);
        }
    }

    public override JsPromise Close(Realm realm)
    {
        if (close is null) return WebIdl.ResolvedPromise(realm, default);
        try
        {
            return (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, close.Call(sink, []));
        }
        catch (JsException e)
        {
            return WebIdl.RejectedPromise(realm, e.Value);
        }
    }

    public override JsPromise Abort(Realm realm, JsValue reason) =>
        abort is null ? WebIdl.ResolvedPromise(realm, default) : JsUnderlyingSource.CallToPromise(realm, abort, sink, reason);
}

[JsToStringTag("WritableStream")]
internal static partial class WritableStreamPrototype
{
    /// <see href="https://streams.spec.whatwg.org/#ws-constructor"/>
    [JsConstructor("WritableStream", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "WritableStream");
        JsValue underlyingSink = args.At(0);
        JsValue strategy = args.At(1);
        if (!underlyingSink.IsNullish && underlyingSink._ref is not JsObject)
        {
            throw realm.TypeError("The \"underlyingSink\" argument must be an object");
        }

        // The UnderlyingSink members in Web IDL's (lexicographic) order; a type is reserved.
        JsFunction? abort = CallbackMember(realm, underlyingSink, "abort");
        JsFunction? close = CallbackMember(realm, underlyingSink, "close");
        JsFunction? start = CallbackMember(realm, underlyingSink, "start");
        JsValue type = WebIdl.Member(realm, underlyingSink, "type");
        JsFunction? write = CallbackMember(realm, underlyingSink, "write");
        if (!type.IsUndefined) throw realm.RangeError("The \"type\" property of an underlying sink must be undefined");

        var stream = new JsWritableStream(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.WritableStreamPrototype));
        WebIdl.RequireDictionary(realm, strategy, "The \"strategy\" argument");
        double hwm = ReadableStreamPrototype.ExtractHighWaterMark(realm, strategy, 1, out JsFunction? size);
        var controller = new JsWritableStreamDefaultController(realm.Intrinsics.WritableStreamDefaultControllerPrototype);
        WritableStreamOps.SetUpDefaultController(realm, stream, controller, new JsUnderlyingSink(underlyingSink, start, write, close, abort), hwm, size);
        return stream;
    }

    internal static JsFunction? CallbackMember(Realm realm, JsValue dictionary, string name)
    {
        JsValue v = WebIdl.Member(realm, dictionary, name);
        if (v.IsUndefined) return null;
        return v._ref as JsFunction ?? throw realm.TypeError($"The \"{name}\" property must be of type function");
    }

    private static JsWritableStream This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsWritableStream ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("locked", Flags = WebIdl.Attr)]
    private static JsValue Locked(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).IsLocked;
}

internal static partial class WritableStreamPrototypeMethods
{
    /// <see href="https://streams.spec.whatwg.org/#ws-abort"/>
    [JsFunction("abort", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Abort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStream stream) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (stream.IsLocked) return WebIdl.RejectedPromise(realm, realm.TypeError("WritableStream is locked").Value);
        return WritableStreamOps.Abort(realm, stream, args.At(0));
    }

    /// <see href="https://streams.spec.whatwg.org/#ws-close"/>
    [JsFunction("close", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Close(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStream stream) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (stream.IsLocked) return WebIdl.RejectedPromise(realm, realm.TypeError("WritableStream is locked").Value);
        if (WritableStreamOps.CloseQueuedOrInFlight(stream)) return WebIdl.RejectedPromise(realm, realm.TypeError("The stream is already closing").Value);
        return WritableStreamOps.Close(realm, stream);
    }

    [JsFunction("getWriter", Length = 0, Flags = WebIdl.Op)]
    private static JsValue GetWriter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStream stream) throw WebIdl.IllegalInvocation(realm);
        return WritableStreamOps.AcquireWriter(realm, stream);
    }
}

[JsToStringTag("WritableStreamDefaultWriter")]
internal static partial class WritableStreamDefaultWriterPrototype
{
    [JsConstructor("WritableStreamDefaultWriter", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "WritableStreamDefaultWriter");
        if (args.At(0)._ref is not JsWritableStream stream) throw realm.TypeError("The \"stream\" argument must be an instance of WritableStream.");
        var writer = new JsWritableStreamDefaultWriter(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.WritableStreamDefaultWriterPrototype));
        WritableStreamOps.SetUpWriter(realm, writer, stream);
        return writer;
    }

    [JsGetter("closed", Flags = WebIdl.Attr)]
    private static JsValue Closed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue._ref is JsWritableStreamDefaultWriter writer ? writer.ClosedPromise : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);

    [JsGetter("desiredSize", Flags = WebIdl.Attr)]
    private static JsValue DesiredSize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStreamDefaultWriter writer) throw WebIdl.IllegalInvocation(realm);
        if (writer.Stream is null) throw realm.TypeError("This writer has been released");
        return WritableStreamOps.WriterGetDesiredSize(writer) is { } size ? size : JsValue.Null;
    }

    [JsGetter("ready", Flags = WebIdl.Attr)]
    private static JsValue Ready(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        thisValue._ref is JsWritableStreamDefaultWriter writer ? writer.ReadyPromise : WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
}

internal static partial class WritableStreamDefaultWriterPrototypeMethods
{
    [JsFunction("abort", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Abort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStreamDefaultWriter writer) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (writer.Stream is null) return WebIdl.RejectedPromise(realm, realm.TypeError("This writer has been released").Value);
        return WritableStreamOps.Abort(realm, writer.Stream, args.At(0));
    }

    [JsFunction("close", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Close(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStreamDefaultWriter writer) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (writer.Stream is not { } stream) return WebIdl.RejectedPromise(realm, realm.TypeError("This writer has been released").Value);
        if (WritableStreamOps.CloseQueuedOrInFlight(stream)) return WebIdl.RejectedPromise(realm, realm.TypeError("The stream is already closing").Value);
        return WritableStreamOps.Close(realm, stream);
    }

    [JsFunction("releaseLock", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ReleaseLock(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStreamDefaultWriter writer) throw WebIdl.IllegalInvocation(realm);
        if (writer.Stream is not null) WritableStreamOps.WriterRelease(realm, writer);
        return default;
    }

    [JsFunction("write", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Write(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsWritableStreamDefaultWriter writer) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (writer.Stream is null) return WebIdl.RejectedPromise(realm, realm.TypeError("This writer has been released").Value);
        return WritableStreamOps.WriterWrite(realm, writer, args.At(0));
    }
}

[JsToStringTag("WritableStreamDefaultController")]
internal static partial class WritableStreamDefaultControllerPrototype
{
    [JsConstructor("WritableStreamDefaultController", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw WebIdl.IllegalConstructor(realm);

    [JsGetter("signal", Flags = WebIdl.Attr)]
    private static JsValue Signal(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue._ref as JsWritableStreamDefaultController ?? throw WebIdl.IllegalInvocation(realm)).AbortController.Signal;
}

internal static partial class WritableStreamDefaultControllerPrototypeMethods
{
    [JsFunction("error", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var controller = thisValue._ref as JsWritableStreamDefaultController ?? throw WebIdl.IllegalInvocation(realm);
        if (controller.Stream.State != WritableStreamState.Writable) return default;
        WritableStreamOps.ControllerError(realm, controller, args.At(0));
        return default;
    }
}
