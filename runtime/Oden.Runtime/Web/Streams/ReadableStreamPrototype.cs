// %ReadableStream%, %ReadableStreamDefaultReader%, %ReadableStreamDefaultController% and the async
// iterator of ReadableStream (https://streams.spec.whatwg.org/#rs-class). Byte streams (type: "bytes")
// and BYOB readers are not implemented: they are rejected with a TypeError that says so.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

/// <summary>An underlying source given as a JavaScript object (start/pull/cancel methods).</summary>
internal sealed class JsUnderlyingSource(JsValue source, JsFunction? start, JsFunction? pull, JsFunction? cancel) : ReadableSource
{
    public override JsValue Start(Realm realm, JsReadableStreamDefaultController controller) =>
        start is null ? default : start.Call1(source, controller);

    public override JsPromise Pull(Realm realm, JsReadableStreamDefaultController controller) =>
        pull is null ? WebIdl.ResolvedPromise(realm, default) : CallToPromise(realm, pull, source, controller);

    public override JsPromise Cancel(Realm realm, JsValue reason) =>
        cancel is null ? WebIdl.ResolvedPromise(realm, default) : CallToPromise(realm, cancel, source, reason);

    /// <summary>Calls a callback and converts the result (or the exception) to a promise (Web IDL's promise return type).</summary>
    internal static JsPromise CallToPromise(Realm realm, JsFunction f, JsValue thisValue, JsValue argument)
    {
        try
        {
            JsValue result = f.Call1(thisValue, argument);
            return (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, result);
        }
        catch (JsException e)
        {
            return WebIdl.RejectedPromise(realm, e.Value);
        }
    }
}

/// <summary>ReadableStream's attribute (defined before the operations, in Web IDL order, as node has them).</summary>
internal static partial class ReadableStreamPrototypeAttributes
{
    [JsGetter("locked", Flags = WebIdl.Attr)]
    private static JsValue Locked(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue._ref as JsReadableStream ?? throw WebIdl.IllegalInvocation(realm)).IsLocked;
}

[JsToStringTag("ReadableStream")]
internal static partial class ReadableStreamPrototype
{
    /// <see href="https://streams.spec.whatwg.org/#rs-constructor"/>
    [JsConstructor("ReadableStream", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "ReadableStream");
        JsValue underlyingSource = args.At(0);
        JsValue strategy = args.At(1);

        // 1-2. underlyingSourceDict: the members in Web IDL's (lexicographic) order.
        if (!underlyingSource.IsUndefined && underlyingSource._ref is not JsObject)
        {
            throw realm.TypeError("The \"underlyingSource\" argument must be an object");
        }

        JsFunction? cancel = CallbackMember(realm, underlyingSource, "cancel");
        JsFunction? pull = CallbackMember(realm, underlyingSource, "pull");
        JsFunction? start = CallbackMember(realm, underlyingSource, "start");
        JsValue type = WebIdl.Member(realm, underlyingSource, "type");
        if (!type.IsUndefined)
        {
            string t = WebIdl.ToDomString(realm, type);
            if (t == "bytes") throw realm.TypeError("ReadableStream: byte streams (type: 'bytes') are not supported by Oden yet");
            throw realm.TypeError($"The value '{t}' is invalid for option \"type\"");
        }

        // 3. Perform ! InitializeReadableStream(this).
        var stream = new JsReadableStream(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ReadableStreamPrototype));

        // 4-5 (default stream). sizeAlgorithm and highWaterMark from the strategy (default 1).
        WebIdl.RequireDictionary(realm, strategy, "The \"strategy\" argument");
        double hwm = ExtractHighWaterMark(realm, strategy, 1, out JsFunction? size);

        // SetUpReadableStreamDefaultControllerFromUnderlyingSource.
        var controller = new JsReadableStreamDefaultController(realm.Intrinsics.ReadableStreamDefaultControllerPrototype);
        ReadableStreamOps.SetUpDefaultController(realm, stream, controller, new JsUnderlyingSource(underlyingSource, start, pull, cancel), hwm, size);
        return stream;
    }

    private static JsFunction? CallbackMember(Realm realm, JsValue dictionary, string name)
    {
        JsValue v = WebIdl.Member(realm, dictionary, name);
        if (v.IsUndefined) return null;
        return v._ref as JsFunction ?? throw realm.TypeError($"The \"{name}\" property must be of type function");
    }

    /// <see href="https://streams.spec.whatwg.org/#validate-and-normalize-high-water-mark"/>
    internal static double ExtractHighWaterMark(Realm realm, JsValue strategy, double defaultHwm, out JsFunction? size)
    {
        JsValue hwmValue = WebIdl.Member(realm, strategy, "highWaterMark");
        size = CallbackMember(realm, strategy, "size");
        if (hwmValue.IsUndefined) return defaultHwm;
        double hwm = Operations.ToNumber(realm, hwmValue);
        if (double.IsNaN(hwm) || hwm < 0) throw realm.RangeError($"The value '{Operations.ToString(realm, hwmValue)}' is invalid for option \"highWaterMark\"");
        return hwm;
    }

    private static JsReadableStream This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsReadableStream ?? throw WebIdl.IllegalInvocation(realm);


    /// <see href="https://streams.spec.whatwg.org/#rs-cancel"/>
    [JsFunction("cancel", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Cancel(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStream stream) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (stream.IsLocked) return WebIdl.RejectedPromise(realm, realm.TypeError("ReadableStream is locked").Value);
        return ReadableStreamOps.StreamCancel(realm, stream, args.At(0));
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-get-reader"/>
    [JsFunction("getReader", Length = 0, Flags = WebIdl.Op)]
    private static JsValue GetReader(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsReadableStream stream = This(realm, thisValue);
        JsValue options = args.At(0);
        WebIdl.RequireDictionary(realm, options, "The \"options\" argument");
        JsValue mode = WebIdl.Member(realm, options, "mode");
        if (!mode.IsUndefined)
        {
            string m = WebIdl.ToDomString(realm, mode);
            if (m == "byob") throw realm.TypeError("ReadableStream: BYOB readers need a byte stream, which Oden does not support yet");
            throw realm.TypeError($"The value '{m}' is invalid for option \"mode\"");
        }

        return ReadableStreamOps.AcquireReader(realm, stream);
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-pipe-through"/>
    [JsFunction("pipeThrough", Length = 1, Flags = WebIdl.Op)]
    private static JsValue PipeThrough(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsReadableStream stream = This(realm, thisValue);

        // The ReadableWritablePair members in order: readable, writable.
        JsValue transform = args.At(0);
        if (transform._ref is not JsObject) throw realm.TypeError("The \"transform\" argument must be an object with readable and writable properties");
        JsValue readable = WebIdl.Member(realm, transform, "readable");
        if (readable._ref is not JsReadableStream) throw realm.TypeError("The \"transform.readable\" property must be an instance of ReadableStream");
        JsValue writable = WebIdl.Member(realm, transform, "writable");
        if (writable._ref is not JsWritableStream dest) throw realm.TypeError("The \"transform.writable\" property must be an instance of WritableStream");
        var (preventAbort, preventCancel, preventClose, signal) = PipeOptions(realm, args.At(1));

        // 1-2. Neither side may be locked.
        if (stream.IsLocked) throw realm.TypeError("ReadableStream is locked");
        if (dest.IsLocked) throw realm.TypeError("WritableStream is locked");

        // 4-6. Pipe, mark the promise handled, return the readable side.
        JsPromise promise = ReadableStreamPipe.PipeTo(realm, stream, dest, preventClose, preventAbort, preventCancel, signal);
        WebIdl.MarkHandled(realm, promise);
        return readable;
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-pipe-to"/>
    [JsFunction("pipeTo", Length = 1, Flags = WebIdl.Op)]
    private static JsValue PipeTo(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStream stream) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (args.At(0)._ref is not JsWritableStream dest)
        {
            return WebIdl.RejectedPromise(realm, realm.TypeError("The \"destination\" argument must be an instance of WritableStream").Value);
        }

        bool preventAbort, preventCancel, preventClose;
        JsAbortSignal? signal;
        try
        {
            (preventAbort, preventCancel, preventClose, signal) = PipeOptions(realm, args.At(1));
        }
        catch (JsException e)
        {
            return WebIdl.RejectedPromise(realm, e.Value);
        }

        if (stream.IsLocked) return WebIdl.RejectedPromise(realm, realm.TypeError("ReadableStream is locked").Value);
        if (dest.IsLocked) return WebIdl.RejectedPromise(realm, realm.TypeError("WritableStream is locked").Value);
        return ReadableStreamPipe.PipeTo(realm, stream, dest, preventClose, preventAbort, preventCancel, signal);
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-tee"/>
    [JsFunction("tee", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Tee(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var (a, b) = ReadableStreamOps.Tee(realm, This(realm, thisValue));
        return JsArray.FromList(realm, [a, b]);
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-asynciterator"/>
    [JsFunction("values", Length = 0, Flags = WebIdl.Op, Alias = "[Symbol.asyncIterator]")]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsReadableStream stream = This(realm, thisValue);
        JsValue options = args.At(0);
        WebIdl.RequireDictionary(realm, options, "The \"options\" argument");
        bool preventCancel = Operations.ToBoolean(WebIdl.Member(realm, options, "preventCancel"));
        JsReadableStreamDefaultReader reader = ReadableStreamOps.AcquireReader(realm, stream);
        return new JsReadableStreamAsyncIterator(realm.Intrinsics.ReadableStreamAsyncIteratorPrototype, reader, preventCancel);
    }
}

[JsToStringTag("ReadableStreamDefaultReader")]
internal static partial class ReadableStreamDefaultReaderPrototype
{
    [JsConstructor("ReadableStreamDefaultReader", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "ReadableStreamDefaultReader");
        if (args.At(0)._ref is not JsReadableStream stream)
        {
            throw realm.TypeError("The \"stream\" argument must be an instance of ReadableStream.");
        }

        var reader = new JsReadableStreamDefaultReader(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ReadableStreamDefaultReaderPrototype));
        ReadableStreamOps.SetUpReader(realm, reader, stream);
        return reader;
    }

    /// <see href="https://streams.spec.whatwg.org/#default-reader-read"/>
    [JsFunction("read", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Read(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamDefaultReader reader) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (reader.Stream is null) return WebIdl.RejectedPromise(realm, realm.TypeError("This reader has been released").Value);
        JsPromise promise = JsPromise.Create(realm);
        ReadableStreamOps.ReaderRead(realm, reader, new ReadableStreamOps.PromiseReadRequest(promise));
        return promise;
    }

    /// <see href="https://streams.spec.whatwg.org/#default-reader-release-lock"/>
    [JsFunction("releaseLock", Length = 0, Flags = WebIdl.Op)]
    private static JsValue ReleaseLock(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamDefaultReader reader) throw WebIdl.IllegalInvocation(realm);
        if (reader.Stream is null) return default;
        ReadableStreamOps.ReaderRelease(realm, reader);
        return default;
    }

    /// <see href="https://streams.spec.whatwg.org/#generic-reader-closed"/>
    [JsGetter("closed", Flags = WebIdl.Attr)]
    private static JsValue Closed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamDefaultReader reader) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        return reader.ClosedPromise;
    }

    /// <see href="https://streams.spec.whatwg.org/#generic-reader-cancel"/>
    [JsFunction("cancel", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Cancel(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamDefaultReader reader) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        if (reader.Stream is null) return WebIdl.RejectedPromise(realm, realm.TypeError("This reader has been released").Value);
        return ReadableStreamOps.StreamCancel(realm, reader.Stream, args.At(0));
    }
}

[JsToStringTag("ReadableStreamDefaultController")]
internal static partial class ReadableStreamDefaultControllerPrototype
{
    [JsConstructor("ReadableStreamDefaultController", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw WebIdl.IllegalConstructor(realm);

    private static JsReadableStreamDefaultController This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsReadableStreamDefaultController ?? throw WebIdl.IllegalInvocation(realm);

    /// <see href="https://streams.spec.whatwg.org/#rs-default-controller-close"/>
    [JsFunction("close", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Close(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsReadableStreamDefaultController controller = This(realm, thisValue);
        if (!ReadableStreamOps.CanCloseOrEnqueue(controller)) throw realm.TypeError("Invalid state: Controller is already closed");
        ReadableStreamOps.ControllerClose(realm, controller);
        return default;
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-default-controller-enqueue"/>
    [JsFunction("enqueue", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Enqueue(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsReadableStreamDefaultController controller = This(realm, thisValue);
        if (!ReadableStreamOps.CanCloseOrEnqueue(controller)) throw realm.TypeError("Invalid state: Controller is already closed");
        ReadableStreamOps.ControllerEnqueue(realm, controller, args.At(0));
        return default;
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-default-controller-error"/>
    [JsFunction("error", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        ReadableStreamOps.ControllerError(realm, This(realm, thisValue), args.At(0));
        return default;
    }

    [JsGetter("desiredSize", Flags = WebIdl.Attr)]
    private static JsValue DesiredSize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        double? size = ReadableStreamOps.GetDesiredSize(This(realm, thisValue));
        return size is { } s ? s : JsValue.Null;
    }
}

/// <summary>A ReadableStream async iterator: the reader, preventCancel, and Web IDL's ongoing promise.</summary>
internal sealed class JsReadableStreamAsyncIterator(JsObject prototype, JsReadableStreamDefaultReader reader, bool preventCancel) : JsObject(prototype)
{
    public readonly JsReadableStreamDefaultReader Reader = reader;
    public readonly bool PreventCancel = preventCancel;
    public JsPromise? Ongoing;
    public bool IsFinished;

    public override string ClassName => "ReadableStreamAsyncIterator";
}

/// <summary>%ReadableStreamAsyncIteratorPrototype% (Web IDL's asynchronous iterator prototype object).</summary>
/// <see href="https://webidl.spec.whatwg.org/#es-asynchronous-iterator-prototype-object"/>
internal static partial class ReadableStreamAsyncIteratorPrototype
{
    [JsFunction("next", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamAsyncIterator iterator) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        JsPromise result = JsPromise.Create(realm);
        if (iterator.Ongoing is { } ongoing)
        {
            WebIdl.React(realm, ongoing, (r, _) => NextSteps(r, iterator, result), (r, _) => NextSteps(r, iterator, result));
        }
        else
        {
            NextSteps(realm, iterator, result);
        }

        iterator.Ongoing = result;
        return result;
    }

    private static void NextSteps(Realm realm, JsReadableStreamAsyncIterator iterator, JsPromise result)
    {
        if (iterator.IsFinished)
        {
            result.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, default, true));
            return;
        }

        // The get the next iteration result steps of ReadableStream.
        JsReadableStreamDefaultReader reader = iterator.Reader;
        if (reader.Stream is null)
        {
            iterator.Ongoing = null;
            iterator.IsFinished = true;
            result.Reject(realm, realm.TypeError("The reader of this async iterator was released").Value);
            return;
        }

        ReadableStreamOps.ReaderRead(realm, reader, new IteratorReadRequest(iterator, result));
    }

    private sealed class IteratorReadRequest(JsReadableStreamAsyncIterator iterator, JsPromise result) : ReadRequest
    {
        public override void ChunkSteps(Realm realm, JsValue chunk)
        {
            if (ReferenceEquals(iterator.Ongoing, result)) iterator.Ongoing = null;
            result.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, chunk, false));
        }

        public override void CloseSteps(Realm realm)
        {
            ReadableStreamOps.ReaderRelease(realm, iterator.Reader);
            if (ReferenceEquals(iterator.Ongoing, result)) iterator.Ongoing = null;
            iterator.IsFinished = true;
            result.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, default, true));
        }

        public override void ErrorSteps(Realm realm, JsValue error)
        {
            if (iterator.Reader.Stream is not null) ReadableStreamOps.ReaderRelease(realm, iterator.Reader);
            if (ReferenceEquals(iterator.Ongoing, result)) iterator.Ongoing = null;
            iterator.IsFinished = true;
            result.Reject(realm, error);
        }
    }

    [JsFunction("return", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Return(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsReadableStreamAsyncIterator iterator) return WebIdl.RejectedPromise(realm, WebIdl.IllegalInvocation(realm).Value);
        JsValue value = args.At(0);
        JsPromise result = JsPromise.Create(realm);
        if (iterator.Ongoing is { } ongoing)
        {
            WebIdl.React(realm, ongoing, (r, _) => ReturnSteps(r, iterator, value, result), (r, _) => ReturnSteps(r, iterator, value, result));
        }
        else
        {
            ReturnSteps(realm, iterator, value, result);
        }

        iterator.Ongoing = result;
        return result;
    }

    private static void ReturnSteps(Realm realm, JsReadableStreamAsyncIterator iterator, JsValue value, JsPromise result)
    {
        if (iterator.IsFinished)
        {
            result.Resolve(realm, ReturnResult(realm, value));
            return;
        }

        iterator.IsFinished = true;

        // The asynchronous iterator return steps of ReadableStream.
        JsReadableStreamDefaultReader reader = iterator.Reader;
        JsPromise returned;
        if (reader.Stream is null)
        {
            returned = WebIdl.ResolvedPromise(realm, default);
        }
        else if (!iterator.PreventCancel)
        {
            returned = ReadableStreamOps.StreamCancel(realm, reader.Stream, value);
            ReadableStreamOps.ReaderRelease(realm, reader);
        }
        else
        {
            ReadableStreamOps.ReaderRelease(realm, reader);
            returned = WebIdl.ResolvedPromise(realm, default);
        }

        WebIdl.React(realm, returned,
            (r, _) => result.Resolve(r, ReturnResult(r, value)),
            (r, e) => result.Reject(r, e));
    }

    /// <summary>{ done: true, value } (node builds return()'s result with done first).</summary>
    private static JsObject ReturnResult(Realm realm, JsValue value)
    {
        JsObject result = WebIdl.NewPlainObject(realm);
        result.FastAddProperty("done", JsValue.True);
        result.FastAddProperty("value", value);
        return result;
    }
}

/// <summary>CountQueuingStrategy and ByteLengthQueuingStrategy.</summary>
public sealed class JsQueuingStrategy(JsObject prototype, double highWaterMark) : JsObject(prototype)
{
    public double HighWaterMark { get; } = highWaterMark;
}

[JsToStringTag("CountQueuingStrategy")]
internal static partial class CountQueuingStrategyPrototype
{
    [JsConstructor("CountQueuingStrategy", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "CountQueuingStrategy");
        return new JsQueuingStrategy(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.CountQueuingStrategyPrototype), RequiredHwm(realm, args));
    }

    internal static double RequiredHwm(Realm realm, ReadOnlySpan<JsValue> args)
    {
        if (args.At(0)._ref is not JsObject init) throw realm.TypeError("The \"init\" argument must be of type object.");
        JsValue hwm = init.Get("highWaterMark");
        if (hwm.IsUndefined) throw realm.TypeError("The \"init.highWaterMark\" property must be of type number.");
        return Operations.ToNumber(realm, hwm);
    }

    [JsGetter("highWaterMark", Flags = WebIdl.Attr)]
    private static JsValue HighWaterMark(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue._ref as JsQueuingStrategy ?? throw WebIdl.IllegalInvocation(realm)).HighWaterMark;

    [JsGetter("size", Flags = WebIdl.Attr)]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => realm.Intrinsics.CountQueuingStrategySize;

    internal static JsValue SizeFunction(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => 1;
}

[JsToStringTag("ByteLengthQueuingStrategy")]
internal static partial class ByteLengthQueuingStrategyPrototype
{
    [JsConstructor("ByteLengthQueuingStrategy", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "ByteLengthQueuingStrategy");
        return new JsQueuingStrategy(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ByteLengthQueuingStrategyPrototype), CountQueuingStrategyPrototype.RequiredHwm(realm, args));
    }

    [JsGetter("highWaterMark", Flags = WebIdl.Attr)]
    private static JsValue HighWaterMark(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        (thisValue._ref as JsQueuingStrategy ?? throw WebIdl.IllegalInvocation(realm)).HighWaterMark;

    [JsGetter("size", Flags = WebIdl.Attr)]
    private static JsValue Size(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => realm.Intrinsics.ByteLengthQueuingStrategySize;

    internal static JsValue SizeFunction(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Operations.GetV(realm, args.At(0), "byteLength");
}
