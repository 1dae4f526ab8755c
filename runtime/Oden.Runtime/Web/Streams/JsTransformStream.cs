// TransformStream and its default controller (https://streams.spec.whatwg.org/#ts-class), as node 20 has
// them: a writable side whose sink runs the transformer and a readable side whose source releases the
// backpressure, joined by the abstract operations below under their spec names. (The transformer's
// `cancel` member of later spec versions is not read: node 20 has none.)
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsTransformStream : JsObject, IInspectPreview
{
    internal JsTransformStream(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "TransformStream";

    List<KeyValuePair<string, JsValue>> IInspectPreview.InspectPreview(Realm realm) =>
        [new("readable", Readable), new("writable", Writable), new("backpressure", Backpressure)];

    internal JsReadableStream Readable = null!;
    internal JsWritableStream Writable = null!;
    internal bool Backpressure;
    internal JsPromise? BackpressureChangePromise;
    internal JsTransformStreamDefaultController Controller = null!;
}

public sealed class JsTransformStreamDefaultController : JsObject
{
    internal JsTransformStreamDefaultController(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "TransformStreamDefaultController";

    internal JsTransformStream Stream = null!;
    internal Func<Realm, JsValue, JsPromise>? TransformAlgorithm;
    internal Func<Realm, JsPromise>? FlushAlgorithm;
}

internal static class TransformStreamOps
{
    /// <see href="https://streams.spec.whatwg.org/#initialize-transform-stream"/>
    public static void Initialize(Realm realm, JsTransformStream stream, JsPromise startPromise, double writableHwm, JsFunction? writableSize, double readableHwm, JsFunction? readableSize)
    {
        stream.Writable = WritableStreamOps.Create(realm, new TransformSink(stream, startPromise), writableHwm, writableSize);
        stream.Readable = JsReadableStream.Create(realm, new TransformSource(stream, startPromise), readableHwm, readableSize);
        stream.Backpressure = false;
        stream.BackpressureChangePromise = null;
        SetBackpressure(realm, stream, true);
    }

    private sealed class TransformSink(JsTransformStream stream, JsPromise startPromise) : WritableSink
    {
        public override JsValue Start(Realm realm, JsWritableStreamDefaultController controller) => startPromise;

        /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-sink-write-algorithm"/>
        public override JsPromise Write(Realm realm, JsValue chunk, JsWritableStreamDefaultController controller)
        {
            JsTransformStreamDefaultController tc = stream.Controller;
            if (!stream.Backpressure) return PerformTransform(realm, tc, chunk);
            JsPromise result = JsPromise.Create(realm);
            WebIdl.React(realm, stream.BackpressureChangePromise!,
                (r, _) =>
                {
                    JsWritableStream writable = stream.Writable;
                    if (writable.State == WritableStreamState.Erroring)
                    {
                        result.Reject(r, writable.StoredError);
                        return;
                    }

                    result.Resolve(r, PerformTransform(r, tc, chunk));
                },
                (r, e) => result.Reject(r, e));
            return result;
        }

        /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-sink-abort-algorithm"/>
        public override JsPromise Abort(Realm realm, JsValue reason)
        {
            Error(realm, stream, reason);
            return WebIdl.ResolvedPromise(realm, default);
        }

        /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-sink-close-algorithm"/>
        public override JsPromise Close(Realm realm)
        {
            JsReadableStream readable = stream.Readable;
            JsTransformStreamDefaultController controller = stream.Controller;
            JsPromise flushPromise = controller.FlushAlgorithm!(realm);
            ClearAlgorithms(controller);
            JsPromise result = JsPromise.Create(realm);
            WebIdl.React(realm, flushPromise,
                (r, _) =>
                {
                    if (readable.State == ReadableStreamState.Errored)
                    {
                        result.Reject(r, readable.StoredError);
                        return;
                    }

                    ReadableStreamOps.ControllerClose(r, readable.Controller);
                    result.Resolve(r, default);
                },
                (r, e) =>
                {
                    Error(r, stream, e);
                    result.Reject(r, readable.StoredError);
                });
            return result;
        }
    }

    private sealed class TransformSource(JsTransformStream stream, JsPromise startPromise) : ReadableSource
    {
        public override JsValue Start(Realm realm, JsReadableStreamDefaultController controller) => startPromise;

        /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-source-pull"/>
        public override JsPromise Pull(Realm realm, JsReadableStreamDefaultController controller)
        {
            SetBackpressure(realm, stream, false);
            return stream.BackpressureChangePromise!;
        }

        public override JsPromise Cancel(Realm realm, JsValue reason)
        {
            ErrorWritableAndUnblockWrite(realm, stream, reason);
            return WebIdl.ResolvedPromise(realm, default);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-error"/>
    public static void Error(Realm realm, JsTransformStream stream, JsValue e)
    {
        ReadableStreamOps.ControllerError(realm, stream.Readable.Controller, e);
        ErrorWritableAndUnblockWrite(realm, stream, e);
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-error-writable-and-unblock-write"/>
    private static void ErrorWritableAndUnblockWrite(Realm realm, JsTransformStream stream, JsValue e)
    {
        ClearAlgorithms(stream.Controller);
        WritableStreamOps.ControllerErrorIfNeeded(realm, stream.Writable.Controller, e);
        if (stream.Backpressure) SetBackpressure(realm, stream, false);
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-set-backpressure"/>
    private static void SetBackpressure(Realm realm, JsTransformStream stream, bool backpressure)
    {
        stream.BackpressureChangePromise?.Resolve(realm, default);
        stream.BackpressureChangePromise = JsPromise.Create(realm);
        stream.Backpressure = backpressure;
    }

    private static void ClearAlgorithms(JsTransformStreamDefaultController controller)
    {
        controller.TransformAlgorithm = static (realm, _) => WebIdl.ResolvedPromise(realm, default);
        controller.FlushAlgorithm = static realm => WebIdl.ResolvedPromise(realm, default);
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-controller-enqueue"/>
    public static void ControllerEnqueue(Realm realm, JsTransformStreamDefaultController controller, JsValue chunk)
    {
        JsTransformStream stream = controller.Stream;
        JsReadableStreamDefaultController readableController = stream.Readable.Controller;
        if (!ReadableStreamOps.CanCloseOrEnqueue(readableController)) throw realm.TypeError("The readable side of the TransformStream is closed or errored");
        try
        {
            ReadableStreamOps.ControllerEnqueue(realm, readableController, chunk);
        }
        catch (JsException e)
        {
            ErrorWritableAndUnblockWrite(realm, stream, e.Value);
            throw new JsException(stream.Readable.StoredError);
        }

        bool backpressure = ReadableStreamOps.HasBackpressure(readableController);
        if (backpressure != stream.Backpressure) SetBackpressure(realm, stream, true);
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-controller-perform-transform"/>
    private static JsPromise PerformTransform(Realm realm, JsTransformStreamDefaultController controller, JsValue chunk)
    {
        JsPromise transformPromise = controller.TransformAlgorithm!(realm, chunk);
        JsPromise result = JsPromise.Create(realm);
        WebIdl.React(realm, transformPromise,
            (r, _) => result.Resolve(r, default),
            (r, e) =>
            {
                Error(r, controller.Stream, e);
                result.Reject(r, e);
            });
        return result;
    }

    /// <see href="https://streams.spec.whatwg.org/#transform-stream-default-controller-terminate"/>
    public static void ControllerTerminate(Realm realm, JsTransformStreamDefaultController controller)
    {
        JsTransformStream stream = controller.Stream;
        ReadableStreamOps.ControllerClose(realm, stream.Readable.Controller);
        ErrorWritableAndUnblockWrite(realm, stream, realm.TypeError("The TransformStream has been terminated").Value);
    }

    /// <see href="https://streams.spec.whatwg.org/#set-up-transform-stream-default-controller-from-transformer"/>
    public static void SetUpControllerFromTransformer(Realm realm, JsTransformStream stream, JsTransformStreamDefaultController controller, JsValue transformer, JsFunction? transform, JsFunction? flush)
    {
        controller.Stream = stream;
        stream.Controller = controller;
        controller.TransformAlgorithm = transform is null
            ? (r, chunk) =>
            {
                try
                {
                    ControllerEnqueue(r, controller, chunk);
                    return WebIdl.ResolvedPromise(r, default);
                }
                catch (JsException e)
                {
                    return WebIdl.RejectedPromise(r, e.Value);
                }
            }
            : (r, chunk) =>
            {
                try
                {
                    return (JsPromise)JsPromise.PromiseResolve(r, r.Intrinsics.PromiseConstructor, transform.Call2(transformer, chunk, controller));
                }
                catch (JsException e)
                {
                    return WebIdl.RejectedPromise(r, e.Value);
                }
            };
        controller.FlushAlgorithm = flush is null
            ? static r => WebIdl.ResolvedPromise(r, default)
            : r => JsUnderlyingSource.CallToPromise(r, flush, transformer, controller);
    }
}

[JsToStringTag("TransformStream")]
internal static partial class TransformStreamPrototype
{
    /// <see href="https://streams.spec.whatwg.org/#ts-constructor"/>
    [JsConstructor("TransformStream", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "TransformStream");
        JsValue transformer = args.At(0);
        JsValue writableStrategy = args.At(1);
        JsValue readableStrategy = args.At(2);
        if (!transformer.IsNullish && transformer._ref is not JsObject) throw realm.TypeError("The \"transformer\" argument must be an object");

        // The Transformer members in Web IDL's (lexicographic) order.
        JsFunction? flush = WritableStreamPrototype.CallbackMember(realm, transformer, "flush");
        JsValue readableType = WebIdl.Member(realm, transformer, "readableType");
        JsFunction? start = WritableStreamPrototype.CallbackMember(realm, transformer, "start");
        JsFunction? transform = WritableStreamPrototype.CallbackMember(realm, transformer, "transform");
        JsValue writableType = WebIdl.Member(realm, transformer, "writableType");
        if (!readableType.IsUndefined) throw realm.RangeError("The \"readableType\" property of a transformer must be undefined");
        if (!writableType.IsUndefined) throw realm.RangeError("The \"writableType\" property of a transformer must be undefined");

        WebIdl.RequireDictionary(realm, writableStrategy, "The \"writableStrategy\" argument");
        WebIdl.RequireDictionary(realm, readableStrategy, "The \"readableStrategy\" argument");
        double readableHwm = ReadableStreamPrototype.ExtractHighWaterMark(realm, readableStrategy, 0, out JsFunction? readableSize);
        double writableHwm = ReadableStreamPrototype.ExtractHighWaterMark(realm, writableStrategy, 1, out JsFunction? writableSize);

        var stream = new JsTransformStream(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.TransformStreamPrototype));
        JsPromise startPromise = JsPromise.Create(realm);
        TransformStreamOps.Initialize(realm, stream, startPromise, writableHwm, writableSize, readableHwm, readableSize);
        var controller = new JsTransformStreamDefaultController(realm.Intrinsics.TransformStreamDefaultControllerPrototype);
        TransformStreamOps.SetUpControllerFromTransformer(realm, stream, controller, transformer, transform, flush);
        startPromise.Resolve(realm, start is null ? default : start.Call1(transformer, controller));
        return stream;
    }

    private static JsTransformStream This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTransformStream ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("readable", Flags = WebIdl.Attr)]
    private static JsValue Readable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Readable;

    [JsGetter("writable", Flags = WebIdl.Attr)]
    private static JsValue Writable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => This(realm, thisValue).Writable;
}

[JsToStringTag("TransformStreamDefaultController")]
internal static partial class TransformStreamDefaultControllerPrototype
{
    [JsConstructor("TransformStreamDefaultController", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        throw WebIdl.IllegalConstructor(realm);

    private static JsTransformStreamDefaultController This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTransformStreamDefaultController ?? throw WebIdl.IllegalInvocation(realm);

    [JsGetter("desiredSize", Flags = WebIdl.Attr)]
    private static JsValue DesiredSize(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        ReadableStreamOps.GetDesiredSize(This(realm, thisValue).Stream.Readable.Controller) is { } size ? size : JsValue.Null;
}

internal static partial class TransformStreamDefaultControllerPrototypeMethods
{
    private static JsTransformStreamDefaultController This(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTransformStreamDefaultController ?? throw WebIdl.IllegalInvocation(realm);

    [JsFunction("enqueue", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Enqueue(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        TransformStreamOps.ControllerEnqueue(realm, This(realm, thisValue), args.At(0));
        return default;
    }

    [JsFunction("error", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Error(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        TransformStreamOps.Error(realm, This(realm, thisValue).Stream, args.At(0));
        return default;
    }

    [JsFunction("terminate", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Terminate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        TransformStreamOps.ControllerTerminate(realm, This(realm, thisValue));
        return default;
    }
}
