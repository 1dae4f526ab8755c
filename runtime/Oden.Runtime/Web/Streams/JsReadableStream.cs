// ReadableStream, its default controller and default reader: the abstract operations of the Streams
// standard (https://streams.spec.whatwg.org/#rs-abstract-ops) under their spec names.
//
// Invariants:
// - A stream's underlying source is a ReadableSource: a JavaScript underlying source object, a tee branch,
//   or a .NET source (a body read from a System.IO.Stream, a byte array). Algorithms return JsPromises
//   settled through the realm's job queue, never .NET tasks.
// - Read requests are C# objects (ReadRequest) with chunk/close/error steps, so that read(), tee,
//   async iteration, Body consumption and the host's CopyBodyToAsync share one code path.
// - Everything runs on the realm's thread; a .NET source posts its completions back with Jobs.Post.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal enum ReadableStreamState : byte
{
    Readable,
    Closed,
    Errored,
}

/// <summary>A read request: what happens when a chunk arrives, the stream closes or errors.</summary>
/// <see href="https://streams.spec.whatwg.org/#read-request"/>
internal abstract class ReadRequest
{
    public abstract void ChunkSteps(Realm realm, JsValue chunk);

    public abstract void CloseSteps(Realm realm);

    public abstract void ErrorSteps(Realm realm, JsValue error);
}

/// <summary>The algorithms behind a controller (SetUpReadableStreamDefaultController's arguments).</summary>
internal abstract class ReadableSource
{
    /// <summary>startAlgorithm: a value or a promise.</summary>
    public virtual JsValue Start(Realm realm, JsReadableStreamDefaultController controller) => default;

    /// <summary>pullAlgorithm: a promise.</summary>
    public virtual JsPromise Pull(Realm realm, JsReadableStreamDefaultController controller) => WebIdl.ResolvedPromise(realm, default);

    /// <summary>cancelAlgorithm: a promise.</summary>
    public virtual JsPromise Cancel(Realm realm, JsValue reason) => WebIdl.ResolvedPromise(realm, default);
}

public sealed class JsReadableStream : JsObject, IInspectPreview
{
    internal JsReadableStream(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "ReadableStream";

    List<KeyValuePair<string, JsValue>> IInspectPreview.InspectPreview(Realm realm) =>
        [new("locked", IsLocked), new("state", State switch { ReadableStreamState.Readable => "readable", ReadableStreamState.Closed => "closed", _ => "errored" }), new("supportsBYOB", false)];

    internal ReadableStreamState State;
    internal JsValue StoredError;
    internal bool Disturbed;
    internal JsReadableStreamDefaultReader? Reader;
    internal JsReadableStreamDefaultController Controller = null!;

    /// <see href="https://streams.spec.whatwg.org/#is-readable-stream-locked"/>
    public bool IsLocked => Reader is not null;

    /// <summary>Whether the stream was ever read from or canceled.</summary>
    public bool IsDisturbed => Disturbed;

    /// <summary>Whether the object is a ReadableStream.</summary>
    public static bool IsInstance(JsValue value) => value._ref is JsReadableStream;

    /// <summary>CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = 1).</summary>
    /// <see href="https://streams.spec.whatwg.org/#create-readable-stream"/>
    internal static JsReadableStream Create(Realm realm, ReadableSource source, double highWaterMark = 1, JsFunction? size = null)
    {
        var stream = new JsReadableStream(realm.Intrinsics.ReadableStreamPrototype);
        var controller = new JsReadableStreamDefaultController(realm.Intrinsics.ReadableStreamDefaultControllerPrototype);
        ReadableStreamOps.SetUpDefaultController(realm, stream, controller, source, highWaterMark, size);
        return stream;
    }

    /// <summary>A stream that yields one Uint8Array over <paramref name="bytes"/> (if not empty) and closes.</summary>
    internal static JsReadableStream FromBytes(Realm realm, byte[] bytes) => Create(realm, new BytesSource(bytes), 0);

    private sealed class BytesSource(byte[] bytes) : ReadableSource
    {
        public override JsValue Start(Realm realm, JsReadableStreamDefaultController controller)
        {
            if (bytes.Length > 0) ReadableStreamOps.ControllerEnqueue(realm, controller, WebIdl.CreateUint8Array(realm, bytes));
            ReadableStreamOps.ControllerClose(realm, controller);
            return default;
        }
    }
}

public sealed class JsReadableStreamDefaultController : JsObject
{
    internal JsReadableStreamDefaultController(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "ReadableStreamDefaultController";

    internal JsReadableStream Stream = null!;
    internal readonly Queue<(JsValue Chunk, double Size)> Queue = new();
    internal double QueueTotalSize;
    internal bool Started;
    internal bool CloseRequested;
    internal bool PullAgain;
    internal bool Pulling;
    internal double StrategyHwm;
    internal JsFunction? StrategySize;
    internal ReadableSource? Source;
}

public sealed class JsReadableStreamDefaultReader : JsObject
{
    internal JsReadableStreamDefaultReader(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "ReadableStreamDefaultReader";

    internal JsReadableStream? Stream;
    internal JsPromise ClosedPromise = null!;
    internal readonly Queue<ReadRequest> ReadRequests = new();
}

internal static class ReadableStreamOps
{
    // ---------------------------------------------------------------------------------------------
    // Controller
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#set-up-readable-stream-default-controller"/>
    public static void SetUpDefaultController(
        Realm realm, JsReadableStream stream, JsReadableStreamDefaultController controller, ReadableSource source,
        double highWaterMark, JsFunction? sizeAlgorithm)
    {
        // 2-8. Set the controller's slots and stream.[[controller]].
        controller.Stream = stream;
        controller.StrategySize = sizeAlgorithm;
        controller.StrategyHwm = highWaterMark;
        controller.Source = source;
        stream.Controller = controller;

        // 9-10. Let startResult be the result of performing startAlgorithm (rethrowing).
        JsValue startResult = source.Start(realm, controller);

        // 11-13. Let startPromise be a promise resolved with startResult; upon fulfillment set started and pull.
        WebIdl.React(realm, startResult,
            (r, _) =>
            {
                controller.Started = true;
                CallPullIfNeeded(r, controller);
            },
            (r, e) => ControllerError(r, controller, e));
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-call-pull-if-needed"/>
    public static void CallPullIfNeeded(Realm realm, JsReadableStreamDefaultController controller)
    {
        // 1-2. If ShouldCallPull is false, return.
        if (!ShouldCallPull(controller)) return;

        // 3. If controller.[[pulling]] is true, set pullAgain and return.
        if (controller.Pulling)
        {
            controller.PullAgain = true;
            return;
        }

        // 5. Set controller.[[pulling]] to true.
        controller.Pulling = true;

        // 6. Let pullPromise be the result of performing controller.[[pullAlgorithm]].
        JsPromise pullPromise = controller.Source!.Pull(realm, controller);

        // 7-8. Upon fulfillment, pull again if asked; upon rejection, error the controller.
        WebIdl.React(realm, pullPromise,
            (r, _) =>
            {
                controller.Pulling = false;
                if (controller.PullAgain)
                {
                    controller.PullAgain = false;
                    CallPullIfNeeded(r, controller);
                }
            },
            (r, e) => ControllerError(r, controller, e));
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-default-controller-has-backpressure"/>
    public static bool HasBackpressure(JsReadableStreamDefaultController controller) => !ShouldCallPull(controller);

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-should-call-pull"/>
    private static bool ShouldCallPull(JsReadableStreamDefaultController controller)
    {
        JsReadableStream stream = controller.Stream;
        if (!CanCloseOrEnqueue(controller)) return false;
        if (!controller.Started) return false;
        if (stream.Reader is { } reader && reader.ReadRequests.Count > 0) return true;
        double? desiredSize = GetDesiredSize(controller);
        return desiredSize > 0;
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-can-close-or-enqueue"/>
    public static bool CanCloseOrEnqueue(JsReadableStreamDefaultController controller) =>
        !controller.CloseRequested && controller.Stream.State == ReadableStreamState.Readable;

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-get-desired-size"/>
    public static double? GetDesiredSize(JsReadableStreamDefaultController controller) => controller.Stream.State switch
    {
        ReadableStreamState.Errored => null,
        ReadableStreamState.Closed => 0,
        _ => controller.StrategyHwm - controller.QueueTotalSize,
    };

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-clear-algorithms"/>
    private static void ClearAlgorithms(JsReadableStreamDefaultController controller)
    {
        controller.Source = ClearedSource.Instance;
        controller.StrategySize = null;
    }

    private sealed class ClearedSource : ReadableSource
    {
        public static readonly ClearedSource Instance = new();
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-close"/>
    public static void ControllerClose(Realm realm, JsReadableStreamDefaultController controller)
    {
        if (!CanCloseOrEnqueue(controller)) return;
        controller.CloseRequested = true;
        if (controller.Queue.Count == 0)
        {
            ClearAlgorithms(controller);
            StreamClose(realm, controller.Stream);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-enqueue"/>
    public static void ControllerEnqueue(Realm realm, JsReadableStreamDefaultController controller, JsValue chunk)
    {
        // 1. If CanCloseOrEnqueue is false, return.
        if (!CanCloseOrEnqueue(controller)) return;
        JsReadableStream stream = controller.Stream;

        // 3. If locked and there are read requests, fulfill one directly.
        if (stream.Reader is { } reader && reader.ReadRequests.Count > 0)
        {
            FulfillReadRequest(realm, stream, chunk, done: false);
        }
        else
        {
            // 4. Otherwise measure the chunk and enqueue it.
            double chunkSize = 1;
            if (controller.StrategySize is { } size)
            {
                try
                {
                    chunkSize = Operations.ToNumber(realm, size.Call1(default, chunk));
                }
                catch (JsException e)
                {
                    ControllerError(realm, controller, e.Value);
                    throw;
                }
            }

            // EnqueueValueWithSize: the size must be a finite, non-negative number.
            if (double.IsNaN(chunkSize) || chunkSize < 0 || double.IsPositiveInfinity(chunkSize))
            {
                JsException error = realm.RangeError("The return value of a queuing strategy's size function must be a finite, non-NaN, non-negative number");
                ControllerError(realm, controller, error.Value);
                throw error;
            }

            controller.Queue.Enqueue((chunk, chunkSize));
            controller.QueueTotalSize += chunkSize;
        }

        // 5. Perform ReadableStreamDefaultControllerCallPullIfNeeded(controller).
        CallPullIfNeeded(realm, controller);
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-controller-error"/>
    public static void ControllerError(Realm realm, JsReadableStreamDefaultController controller, JsValue e)
    {
        JsReadableStream stream = controller.Stream;
        if (stream.State != ReadableStreamState.Readable) return;
        ResetQueue(controller);
        ClearAlgorithms(controller);
        StreamError(realm, stream, e);
    }

    private static void ResetQueue(JsReadableStreamDefaultController controller)
    {
        controller.Queue.Clear();
        controller.QueueTotalSize = 0;
    }

    /// <summary>[[CancelSteps]].</summary>
    private static JsPromise ControllerCancelSteps(Realm realm, JsReadableStreamDefaultController controller, JsValue reason)
    {
        ResetQueue(controller);
        JsPromise result = controller.Source!.Cancel(realm, reason);
        ClearAlgorithms(controller);
        return result;
    }

    /// <summary>[[PullSteps]].</summary>
    private static void ControllerPullSteps(Realm realm, JsReadableStreamDefaultController controller, ReadRequest readRequest)
    {
        JsReadableStream stream = controller.Stream;
        if (controller.Queue.Count > 0)
        {
            var (chunk, size) = controller.Queue.Dequeue();
            controller.QueueTotalSize -= size;
            if (controller.QueueTotalSize < 0) controller.QueueTotalSize = 0;
            if (controller.CloseRequested && controller.Queue.Count == 0)
            {
                ClearAlgorithms(controller);
                StreamClose(realm, stream);
            }
            else
            {
                CallPullIfNeeded(realm, controller);
            }

            readRequest.ChunkSteps(realm, chunk);
        }
        else
        {
            stream.Reader!.ReadRequests.Enqueue(readRequest);
            CallPullIfNeeded(realm, controller);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Stream
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-close"/>
    public static void StreamClose(Realm realm, JsReadableStream stream)
    {
        stream.State = ReadableStreamState.Closed;
        JsReadableStreamDefaultReader? reader = stream.Reader;
        if (reader is null) return;
        reader.ClosedPromise.Resolve(realm, default);
        while (reader.ReadRequests.Count > 0)
        {
            reader.ReadRequests.Dequeue().CloseSteps(realm);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-error"/>
    public static void StreamError(Realm realm, JsReadableStream stream, JsValue e)
    {
        stream.State = ReadableStreamState.Errored;
        stream.StoredError = e;
        JsReadableStreamDefaultReader? reader = stream.Reader;
        if (reader is null) return;
        reader.ClosedPromise.Reject(realm, e);
        WebIdl.MarkHandled(realm, reader.ClosedPromise);
        ErrorReadRequests(realm, reader, e);
    }

    private static void ErrorReadRequests(Realm realm, JsReadableStreamDefaultReader reader, JsValue e)
    {
        while (reader.ReadRequests.Count > 0)
        {
            reader.ReadRequests.Dequeue().ErrorSteps(realm, e);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-fulfill-read-request"/>
    private static void FulfillReadRequest(Realm realm, JsReadableStream stream, JsValue chunk, bool done)
    {
        ReadRequest readRequest = stream.Reader!.ReadRequests.Dequeue();
        if (done) readRequest.CloseSteps(realm);
        else readRequest.ChunkSteps(realm, chunk);
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-cancel"/>
    public static JsPromise StreamCancel(Realm realm, JsReadableStream stream, JsValue reason)
    {
        stream.Disturbed = true;
        if (stream.State == ReadableStreamState.Closed) return WebIdl.ResolvedPromise(realm, default);
        if (stream.State == ReadableStreamState.Errored) return WebIdl.RejectedPromise(realm, stream.StoredError);
        StreamClose(realm, stream);
        JsPromise sourceCancelPromise = ControllerCancelSteps(realm, stream.Controller, reason);
        JsPromise result = JsPromise.Create(realm);
        WebIdl.React(realm, sourceCancelPromise, (r, _) => result.Resolve(r, default), (r, e) => result.Reject(r, e));
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Reader
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#acquire-readable-stream-reader"/>
    public static JsReadableStreamDefaultReader AcquireReader(Realm realm, JsReadableStream stream)
    {
        var reader = new JsReadableStreamDefaultReader(realm.Intrinsics.ReadableStreamDefaultReaderPrototype);
        SetUpReader(realm, reader, stream);
        return reader;
    }

    /// <see href="https://streams.spec.whatwg.org/#set-up-readable-stream-default-reader"/>
    public static void SetUpReader(Realm realm, JsReadableStreamDefaultReader reader, JsReadableStream stream)
    {
        if (stream.IsLocked) throw realm.TypeError("ReadableStream is locked");

        // ReadableStreamReaderGenericInitialize.
        reader.Stream = stream;
        stream.Reader = reader;
        reader.ClosedPromise = JsPromise.Create(realm);
        if (stream.State == ReadableStreamState.Closed)
        {
            reader.ClosedPromise.Resolve(realm, default);
        }
        else if (stream.State == ReadableStreamState.Errored)
        {
            reader.ClosedPromise.Reject(realm, stream.StoredError);
            WebIdl.MarkHandled(realm, reader.ClosedPromise);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#readable-stream-default-reader-read"/>
    public static void ReaderRead(Realm realm, JsReadableStreamDefaultReader reader, ReadRequest readRequest)
    {
        JsReadableStream stream = reader.Stream!;
        stream.Disturbed = true;
        switch (stream.State)
        {
            case ReadableStreamState.Closed:
                readRequest.CloseSteps(realm);
                break;
            case ReadableStreamState.Errored:
                readRequest.ErrorSteps(realm, stream.StoredError);
                break;
            default:
                ControllerPullSteps(realm, stream.Controller, readRequest);
                break;
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaultreaderrelease"/>
    public static void ReaderRelease(Realm realm, JsReadableStreamDefaultReader reader)
    {
        // ReadableStreamReaderGenericRelease.
        JsReadableStream stream = reader.Stream!;
        JsException released = realm.TypeError("Reader was released");
        if (stream.State == ReadableStreamState.Readable)
        {
            reader.ClosedPromise.Reject(realm, released.Value);
        }
        else
        {
            reader.ClosedPromise = WebIdl.RejectedPromise(realm, released.Value);
        }

        WebIdl.MarkHandled(realm, reader.ClosedPromise);
        stream.Reader = null;
        reader.Stream = null;

        // ReadableStreamDefaultReaderErrorReadRequests(reader, e).
        ErrorReadRequests(realm, reader, realm.TypeError("Reader was released").Value);
    }

    /// <summary>A read request that settles a promise with an iterator result (reader.read()).</summary>
    public sealed class PromiseReadRequest(JsPromise promise) : ReadRequest
    {
        public override void ChunkSteps(Realm realm, JsValue chunk) =>
            promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, chunk, false));

        public override void CloseSteps(Realm realm) =>
            promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, default, true));

        public override void ErrorSteps(Realm realm, JsValue error) => promise.Reject(realm, error);
    }

    // ---------------------------------------------------------------------------------------------
    // Tee
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#abstract-opdef-readablestreamdefaulttee"/>
    public static (JsReadableStream, JsReadableStream) Tee(Realm realm, JsReadableStream stream)
    {
        var state = new TeeState(realm, stream);
        JsReadableStreamDefaultReader reader = AcquireReader(realm, stream);
        state.Reader = reader;
        state.Branch1 = Create(realm, new TeeBranchSource(state, first: true));
        state.Branch2 = Create(realm, new TeeBranchSource(state, first: false));

        // Upon rejection of reader.[[closedPromise]] with reason r: error both branches.
        WebIdl.React(realm, reader.ClosedPromise, (_, _) => { },
            (r, e) =>
            {
                ControllerError(r, state.Branch1.Controller, e);
                ControllerError(r, state.Branch2.Controller, e);
                if (!state.Canceled1 || !state.Canceled2) state.CancelPromise.Resolve(r, default);
            });
        return (state.Branch1, state.Branch2);
    }

    private static JsReadableStream Create(Realm realm, ReadableSource source) => JsReadableStream.Create(realm, source);

    private sealed class TeeState(Realm realm, JsReadableStream stream)
    {
        public readonly JsReadableStream Stream = stream;
        public JsReadableStreamDefaultReader Reader = null!;
        public bool Reading;
        public bool ReadAgain;
        public bool Canceled1;
        public bool Canceled2;
        public JsValue Reason1;
        public JsValue Reason2;
        public JsReadableStream Branch1 = null!;
        public JsReadableStream Branch2 = null!;
        public readonly JsPromise CancelPromise = JsPromise.Create(realm);
    }

    private sealed class TeeBranchSource(TeeState state, bool first) : ReadableSource
    {
        public override JsPromise Pull(Realm realm, JsReadableStreamDefaultController controller) => PullAlgorithm(realm, state);

        public override JsPromise Cancel(Realm realm, JsValue reason)
        {
            if (first)
            {
                state.Canceled1 = true;
                state.Reason1 = reason;
            }
            else
            {
                state.Canceled2 = true;
                state.Reason2 = reason;
            }

            if (state.Canceled1 && state.Canceled2)
            {
                JsArray composite = JsArray.FromList(realm, [state.Reason1, state.Reason2]);
                JsPromise cancelResult = StreamCancel(realm, state.Stream, composite);
                state.CancelPromise.Resolve(realm, cancelResult);
            }

            return state.CancelPromise;
        }
    }

    private static JsPromise PullAlgorithm(Realm realm, TeeState state)
    {
        if (state.Reading)
        {
            state.ReadAgain = true;
            return WebIdl.ResolvedPromise(realm, default);
        }

        state.Reading = true;
        ReaderRead(realm, state.Reader, new TeeReadRequest(state));
        return WebIdl.ResolvedPromise(realm, default);
    }

    private sealed class TeeReadRequest(TeeState state) : ReadRequest
    {
        public override void ChunkSteps(Realm realm, JsValue chunk)
        {
            // Queue a microtask, so that a synchronous error in the read cannot be observed in between.
            realm.Jobs.Enqueue(() =>
            {
                state.ReadAgain = false;
                if (!state.Canceled1) ControllerEnqueue(realm, state.Branch1.Controller, chunk);
                if (!state.Canceled2) ControllerEnqueue(realm, state.Branch2.Controller, chunk);
                state.Reading = false;
                if (state.ReadAgain) PullAlgorithm(realm, state);
            });
        }

        public override void CloseSteps(Realm realm)
        {
            state.Reading = false;
            if (!state.Canceled1) ControllerClose(realm, state.Branch1.Controller);
            if (!state.Canceled2) ControllerClose(realm, state.Branch2.Controller);
            if (!state.Canceled1 || !state.Canceled2) state.CancelPromise.Resolve(realm, default);
        }

        public override void ErrorSteps(Realm realm, JsValue error)
        {
            state.Reading = false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading everything (Body's consume steps)
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Reads every chunk of a locked stream's reader into one byte array (each chunk must be a Uint8Array),
    /// then calls <paramref name="onDone"/> or <paramref name="onError"/>.
    /// </summary>
    /// <see href="https://fetch.spec.whatwg.org/#fully-read-body"/>
    public static void ReadAllBytes(Realm realm, JsReadableStreamDefaultReader reader, Action<Realm, byte[]> onDone, Action<Realm, JsValue> onError) =>
        ReaderRead(realm, reader, new ReadAllRequest(reader, onDone, onError));

    private sealed class ReadAllRequest(JsReadableStreamDefaultReader reader, Action<Realm, byte[]> onDone, Action<Realm, JsValue> onError) : ReadRequest
    {
        private readonly MemoryStream _bytes = new();

        public override void ChunkSteps(Realm realm, JsValue chunk)
        {
            if (chunk._ref is not JsTypedArray { Kind: TypedArrayKind.Uint8 } array)
            {
                JsException error = realm.TypeError("Received non-Uint8Array chunk");
                StreamCancel(realm, reader.Stream!, error.Value);
                onError(realm, error.Value);
                return;
            }

            _bytes.Write(array.IsOutOfBounds ? [] : array.Bytes);

            // Read the next chunk in a later job: a long stream must not recurse.
            realm.Jobs.Enqueue(() => ReaderRead(realm, reader, this));
        }

        public override void CloseSteps(Realm realm) => onDone(realm, _bytes.ToArray());

        public override void ErrorSteps(Realm realm, JsValue error) => onError(realm, error);
    }
}
