// WritableStream, its default writer and default controller: the abstract operations of the Streams
// standard (https://streams.spec.whatwg.org/#ws-abstract-ops) under their spec names.
//
// Invariants:
// - A stream's underlying sink is a WritableSink: a JavaScript underlying sink object, or the writable
//   side of a TransformStream. Its algorithms return JsPromises; everything runs on the realm's thread.
// - The controller's queue holds chunks with their sizes, and one close marker (IsClose) after close().
// - At most one write or close is in flight: the sink never sees a second write before the first settled.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal enum WritableStreamState : byte
{
    Writable,
    Closed,
    Erroring,
    Errored,
}

/// <summary>The algorithms behind a writable controller (SetUpWritableStreamDefaultController's arguments).</summary>
internal abstract class WritableSink
{
    public virtual JsValue Start(Realm realm, JsWritableStreamDefaultController controller) => default;

    public virtual JsPromise Write(Realm realm, JsValue chunk, JsWritableStreamDefaultController controller) => WebIdl.ResolvedPromise(realm, default);

    public virtual JsPromise Close(Realm realm) => WebIdl.ResolvedPromise(realm, default);

    public virtual JsPromise Abort(Realm realm, JsValue reason) => WebIdl.ResolvedPromise(realm, default);
}

public sealed class JsWritableStream : JsObject, IInspectPreview
{
    internal JsWritableStream(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "WritableStream";

    List<KeyValuePair<string, JsValue>> IInspectPreview.InspectPreview(Realm realm) =>
        [new("locked", IsLocked), new("state", State switch
        {
            WritableStreamState.Writable => "writable",
            WritableStreamState.Closed => "closed",
            WritableStreamState.Erroring => "erroring",
            _ => "errored",
        })];

    internal WritableStreamState State;
    internal JsValue StoredError;
    internal JsWritableStreamDefaultWriter? Writer;
    internal JsWritableStreamDefaultController Controller = null!;
    internal JsPromise? InFlightWriteRequest;
    internal JsPromise? CloseRequest;
    internal JsPromise? InFlightCloseRequest;
    internal PendingAbortRequest? PendingAbort;
    internal readonly Queue<JsPromise> WriteRequests = new();
    internal bool Backpressure;

    internal sealed record PendingAbortRequest(JsPromise Promise, JsValue Reason, bool WasAlreadyErroring);

    public bool IsLocked => Writer is not null;
}

public sealed class JsWritableStreamDefaultWriter : JsObject
{
    internal JsWritableStreamDefaultWriter(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "WritableStreamDefaultWriter";

    internal JsWritableStream? Stream;
    internal JsPromise ReadyPromise = null!;
    internal JsPromise ClosedPromise = null!;
}

public sealed class JsWritableStreamDefaultController : JsObject
{
    internal JsWritableStreamDefaultController(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "WritableStreamDefaultController";

    internal JsWritableStream Stream = null!;
    internal readonly Queue<(JsValue Value, double Size, bool IsClose)> Queue = new();
    internal double QueueTotalSize;
    internal bool Started;
    internal double StrategyHwm;
    internal JsFunction? StrategySize;
    internal WritableSink? Sink;
    internal JsAbortController AbortController = null!;
}

internal static class WritableStreamOps
{
    /// <see href="https://streams.spec.whatwg.org/#create-writable-stream"/>
    public static JsWritableStream Create(Realm realm, WritableSink sink, double highWaterMark, JsFunction? size)
    {
        var stream = new JsWritableStream(realm.Intrinsics.WritableStreamPrototype);
        var controller = new JsWritableStreamDefaultController(realm.Intrinsics.WritableStreamDefaultControllerPrototype);
        SetUpDefaultController(realm, stream, controller, sink, highWaterMark, size);
        return stream;
    }

    // ---------------------------------------------------------------------------------------------
    // Stream
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-abort"/>
    public static JsPromise Abort(Realm realm, JsWritableStream stream, JsValue reason)
    {
        // 1. If stream.[[state]] is "closed" or "errored", return a promise resolved with undefined.
        if (stream.State is WritableStreamState.Closed or WritableStreamState.Errored) return WebIdl.ResolvedPromise(realm, default);

        // 2. Signal abort on stream.[[controller]].[[abortController]] with reason.
        stream.Controller.AbortController.Signal.SignalAbort(realm, reason);

        // 3-4. The state may have changed (an abort listener); a pending abort is returned as is.
        if (stream.State is WritableStreamState.Closed or WritableStreamState.Errored) return WebIdl.ResolvedPromise(realm, default);
        if (stream.PendingAbort is { } pending) return pending.Promise;

        // 6-7. An abort while erroring keeps the stored error.
        bool wasAlreadyErroring = false;
        if (stream.State == WritableStreamState.Erroring)
        {
            wasAlreadyErroring = true;
            reason = default;
        }

        // 8-11.
        JsPromise promise = JsPromise.Create(realm);
        stream.PendingAbort = new JsWritableStream.PendingAbortRequest(promise, reason, wasAlreadyErroring);
        if (!wasAlreadyErroring) StartErroring(realm, stream, reason);
        return promise;
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-close"/>
    public static JsPromise Close(Realm realm, JsWritableStream stream)
    {
        if (stream.State is WritableStreamState.Closed or WritableStreamState.Errored)
        {
            return WebIdl.RejectedPromise(realm, realm.TypeError("The stream is closed or errored").Value);
        }

        JsPromise promise = JsPromise.Create(realm);
        stream.CloseRequest = promise;
        if (stream.Writer is { } writer && stream.Backpressure && stream.State == WritableStreamState.Writable)
        {
            writer.ReadyPromise.Resolve(realm, default);
        }

        ControllerClose(realm, stream.Controller);
        return promise;
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-close-queued-or-in-flight"/>
    public static bool CloseQueuedOrInFlight(JsWritableStream stream) => stream.CloseRequest is not null || stream.InFlightCloseRequest is not null;

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-deal-with-rejection"/>
    private static void DealWithRejection(Realm realm, JsWritableStream stream, JsValue error)
    {
        if (stream.State == WritableStreamState.Writable)
        {
            StartErroring(realm, stream, error);
            return;
        }

        FinishErroring(realm, stream);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-start-erroring"/>
    private static void StartErroring(Realm realm, JsWritableStream stream, JsValue reason)
    {
        JsWritableStreamDefaultController controller = stream.Controller;
        stream.State = WritableStreamState.Erroring;
        stream.StoredError = reason;
        if (stream.Writer is { } writer) WriterEnsureReadyPromiseRejected(realm, writer, reason);
        if (!HasOperationMarkedInFlight(stream) && controller.Started) FinishErroring(realm, stream);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-finish-erroring"/>
    private static void FinishErroring(Realm realm, JsWritableStream stream)
    {
        // 3-4. Errored; the controller's [[ErrorSteps]] reset its queue.
        stream.State = WritableStreamState.Errored;
        ResetQueue(stream.Controller);

        // 5-7. Reject every pending write.
        JsValue storedError = stream.StoredError;
        while (stream.WriteRequests.Count > 0) stream.WriteRequests.Dequeue().Reject(realm, storedError);

        // 8. No abort pending: reject the close request and the writer's closed promise.
        if (stream.PendingAbort is not { } abortRequest)
        {
            RejectCloseAndClosedPromiseIfNeeded(realm, stream);
            return;
        }

        // 9-10.
        stream.PendingAbort = null;
        if (abortRequest.WasAlreadyErroring)
        {
            abortRequest.Promise.Reject(realm, storedError);
            RejectCloseAndClosedPromiseIfNeeded(realm, stream);
            return;
        }

        // 11-13. The sink's abort, through the controller's [[AbortSteps]].
        JsWritableStreamDefaultController controller = stream.Controller;
        JsPromise promise = controller.Sink!.Abort(realm, abortRequest.Reason);
        ClearAlgorithms(controller);
        WebIdl.React(realm, promise,
            (r, _) =>
            {
                abortRequest.Promise.Resolve(r, default);
                RejectCloseAndClosedPromiseIfNeeded(r, stream);
            },
            (r, reason) =>
            {
                abortRequest.Promise.Reject(r, reason);
                RejectCloseAndClosedPromiseIfNeeded(r, stream);
            });
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-finish-in-flight-close"/>
    private static void FinishInFlightClose(Realm realm, JsWritableStream stream)
    {
        stream.InFlightCloseRequest!.Resolve(realm, default);
        stream.InFlightCloseRequest = null;
        if (stream.State == WritableStreamState.Erroring)
        {
            stream.StoredError = default;
            if (stream.PendingAbort is { } pending)
            {
                pending.Promise.Resolve(realm, default);
                stream.PendingAbort = null;
            }
        }

        stream.State = WritableStreamState.Closed;
        stream.Writer?.ClosedPromise.Resolve(realm, default);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-finish-in-flight-close-with-error"/>
    private static void FinishInFlightCloseWithError(Realm realm, JsWritableStream stream, JsValue error)
    {
        stream.InFlightCloseRequest!.Reject(realm, error);
        stream.InFlightCloseRequest = null;
        if (stream.PendingAbort is { } pending)
        {
            pending.Promise.Reject(realm, error);
            stream.PendingAbort = null;
        }

        DealWithRejection(realm, stream, error);
    }

    private static bool HasOperationMarkedInFlight(JsWritableStream stream) => stream.InFlightWriteRequest is not null || stream.InFlightCloseRequest is not null;

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-reject-close-and-closed-promise-if-needed"/>
    private static void RejectCloseAndClosedPromiseIfNeeded(Realm realm, JsWritableStream stream)
    {
        if (stream.CloseRequest is { } close)
        {
            close.Reject(realm, stream.StoredError);
            stream.CloseRequest = null;
        }

        if (stream.Writer is { } writer)
        {
            writer.ClosedPromise.Reject(realm, stream.StoredError);
            WebIdl.MarkHandled(realm, writer.ClosedPromise);
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-update-backpressure"/>
    private static void UpdateBackpressure(Realm realm, JsWritableStream stream, bool backpressure)
    {
        if (stream.Writer is { } writer && backpressure != stream.Backpressure)
        {
            if (backpressure) writer.ReadyPromise = JsPromise.Create(realm);
            else writer.ReadyPromise.Resolve(realm, default);
        }

        stream.Backpressure = backpressure;
    }

    // ---------------------------------------------------------------------------------------------
    // Writer
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#acquire-writable-stream-default-writer"/>
    public static JsWritableStreamDefaultWriter AcquireWriter(Realm realm, JsWritableStream stream)
    {
        var writer = new JsWritableStreamDefaultWriter(realm.Intrinsics.WritableStreamDefaultWriterPrototype);
        SetUpWriter(realm, writer, stream);
        return writer;
    }

    /// <see href="https://streams.spec.whatwg.org/#set-up-writable-stream-default-writer"/>
    public static void SetUpWriter(Realm realm, JsWritableStreamDefaultWriter writer, JsWritableStream stream)
    {
        if (stream.IsLocked) throw realm.TypeError("WritableStream is locked");
        writer.Stream = stream;
        stream.Writer = writer;
        switch (stream.State)
        {
            case WritableStreamState.Writable:
                writer.ReadyPromise = !CloseQueuedOrInFlight(stream) && stream.Backpressure ? JsPromise.Create(realm) : WebIdl.ResolvedPromise(realm, default);
                writer.ClosedPromise = JsPromise.Create(realm);
                break;
            case WritableStreamState.Erroring:
                writer.ReadyPromise = WebIdl.RejectedPromise(realm, stream.StoredError);
                WebIdl.MarkHandled(realm, writer.ReadyPromise);
                writer.ClosedPromise = JsPromise.Create(realm);
                break;
            case WritableStreamState.Closed:
                writer.ReadyPromise = WebIdl.ResolvedPromise(realm, default);
                writer.ClosedPromise = WebIdl.ResolvedPromise(realm, default);
                break;
            default:
                writer.ReadyPromise = WebIdl.RejectedPromise(realm, stream.StoredError);
                WebIdl.MarkHandled(realm, writer.ReadyPromise);
                writer.ClosedPromise = WebIdl.RejectedPromise(realm, stream.StoredError);
                WebIdl.MarkHandled(realm, writer.ClosedPromise);
                break;
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-writer-close-with-error-propagation"/>
    public static JsPromise WriterCloseWithErrorPropagation(Realm realm, JsWritableStreamDefaultWriter writer)
    {
        JsWritableStream stream = writer.Stream!;
        if (CloseQueuedOrInFlight(stream) || stream.State == WritableStreamState.Closed) return WebIdl.ResolvedPromise(realm, default);
        if (stream.State == WritableStreamState.Errored) return WebIdl.RejectedPromise(realm, stream.StoredError);
        return Close(realm, stream);
    }

    private static void WriterEnsureClosedPromiseRejected(Realm realm, JsWritableStreamDefaultWriter writer, JsValue error)
    {
        if (writer.ClosedPromise.State == PromiseState.Pending) writer.ClosedPromise.Reject(realm, error);
        else writer.ClosedPromise = WebIdl.RejectedPromise(realm, error);
        WebIdl.MarkHandled(realm, writer.ClosedPromise);
    }

    private static void WriterEnsureReadyPromiseRejected(Realm realm, JsWritableStreamDefaultWriter writer, JsValue error)
    {
        if (writer.ReadyPromise.State == PromiseState.Pending) writer.ReadyPromise.Reject(realm, error);
        else writer.ReadyPromise = WebIdl.RejectedPromise(realm, error);
        WebIdl.MarkHandled(realm, writer.ReadyPromise);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-writer-get-desired-size"/>
    public static double? WriterGetDesiredSize(JsWritableStreamDefaultWriter writer)
    {
        JsWritableStream stream = writer.Stream!;
        return stream.State switch
        {
            WritableStreamState.Errored or WritableStreamState.Erroring => null,
            WritableStreamState.Closed => 0,
            _ => ControllerGetDesiredSize(stream.Controller),
        };
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-writer-release"/>
    public static void WriterRelease(Realm realm, JsWritableStreamDefaultWriter writer)
    {
        JsWritableStream stream = writer.Stream!;
        JsValue released = realm.TypeError("Writer was released").Value;
        WriterEnsureReadyPromiseRejected(realm, writer, released);
        WriterEnsureClosedPromiseRejected(realm, writer, released);
        stream.Writer = null;
        writer.Stream = null;
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-writer-write"/>
    public static JsPromise WriterWrite(Realm realm, JsWritableStreamDefaultWriter writer, JsValue chunk)
    {
        JsWritableStream stream = writer.Stream!;
        JsWritableStreamDefaultController controller = stream.Controller;
        double chunkSize = ControllerGetChunkSize(realm, controller, chunk);
        if (!ReferenceEquals(stream, writer.Stream)) return WebIdl.RejectedPromise(realm, realm.TypeError("Writer was released").Value);
        WritableStreamState state = stream.State;
        if (state == WritableStreamState.Errored) return WebIdl.RejectedPromise(realm, stream.StoredError);
        if (CloseQueuedOrInFlight(stream) || state == WritableStreamState.Closed)
        {
            return WebIdl.RejectedPromise(realm, realm.TypeError("The stream is closing or closed and cannot be written to").Value);
        }

        if (state == WritableStreamState.Erroring) return WebIdl.RejectedPromise(realm, stream.StoredError);

        // WritableStreamAddWriteRequest, then the controller's write.
        JsPromise promise = JsPromise.Create(realm);
        stream.WriteRequests.Enqueue(promise);
        ControllerWrite(realm, controller, chunk, chunkSize);
        return promise;
    }

    // ---------------------------------------------------------------------------------------------
    // Controller
    // ---------------------------------------------------------------------------------------------

    /// <see href="https://streams.spec.whatwg.org/#set-up-writable-stream-default-controller"/>
    public static void SetUpDefaultController(Realm realm, JsWritableStream stream, JsWritableStreamDefaultController controller, WritableSink sink, double highWaterMark, JsFunction? size)
    {
        controller.Stream = stream;
        stream.Controller = controller;
        ResetQueue(controller);
        controller.AbortController = new JsAbortController(realm.Intrinsics.AbortControllerPrototype, new JsAbortSignal(realm.Intrinsics.AbortSignalPrototype));
        controller.Started = false;
        controller.StrategySize = size;
        controller.StrategyHwm = highWaterMark;
        controller.Sink = sink;
        UpdateBackpressure(realm, stream, GetBackpressure(controller));
        JsValue startResult = sink.Start(realm, controller);
        WebIdl.React(realm, startResult,
            (r, _) =>
            {
                controller.Started = true;
                AdvanceQueueIfNeeded(r, controller);
            },
            (r, e) =>
            {
                controller.Started = true;
                DealWithRejection(r, stream, e);
            });
    }

    private static void ClearAlgorithms(JsWritableStreamDefaultController controller)
    {
        controller.Sink = ClearedSink.Instance;
        controller.StrategySize = null;
    }

    private sealed class ClearedSink : WritableSink
    {
        public static readonly ClearedSink Instance = new();
    }

    private static void ResetQueue(JsWritableStreamDefaultController controller)
    {
        controller.Queue.Clear();
        controller.QueueTotalSize = 0;
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-close"/>
    private static void ControllerClose(Realm realm, JsWritableStreamDefaultController controller)
    {
        controller.Queue.Enqueue((default, 0, true));
        AdvanceQueueIfNeeded(realm, controller);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-get-chunk-size"/>
    private static double ControllerGetChunkSize(Realm realm, JsWritableStreamDefaultController controller, JsValue chunk)
    {
        if (controller.StrategySize is not { } size) return 1;
        try
        {
            return Operations.ToNumber(realm, size.Call1(default, chunk));
        }
        catch (JsException e)
        {
            ControllerErrorIfNeeded(realm, controller, e.Value);
            return 1;
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-get-desired-size"/>
    public static double ControllerGetDesiredSize(JsWritableStreamDefaultController controller) => controller.StrategyHwm - controller.QueueTotalSize;

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-error-if-needed"/>
    public static void ControllerErrorIfNeeded(Realm realm, JsWritableStreamDefaultController controller, JsValue error)
    {
        if (controller.Stream.State == WritableStreamState.Writable) ControllerError(realm, controller, error);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-error"/>
    public static void ControllerError(Realm realm, JsWritableStreamDefaultController controller, JsValue error)
    {
        ClearAlgorithms(controller);
        StartErroring(realm, controller.Stream, error);
    }

    private static bool GetBackpressure(JsWritableStreamDefaultController controller) => ControllerGetDesiredSize(controller) <= 0;

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-advance-queue-if-needed"/>
    private static void AdvanceQueueIfNeeded(Realm realm, JsWritableStreamDefaultController controller)
    {
        JsWritableStream stream = controller.Stream;
        if (!controller.Started) return;
        if (stream.InFlightWriteRequest is not null) return;
        if (stream.State == WritableStreamState.Erroring)
        {
            FinishErroring(realm, stream);
            return;
        }

        if (controller.Queue.Count == 0) return;
        var (value, _, isClose) = controller.Queue.Peek();
        if (isClose) ProcessClose(realm, controller);
        else ProcessWrite(realm, controller, value);
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-process-close"/>
    private static void ProcessClose(Realm realm, JsWritableStreamDefaultController controller)
    {
        JsWritableStream stream = controller.Stream;
        stream.InFlightCloseRequest = stream.CloseRequest;
        stream.CloseRequest = null;
        DequeueValue(controller);
        JsPromise sinkClosePromise = controller.Sink!.Close(realm);
        ClearAlgorithms(controller);
        WebIdl.React(realm, sinkClosePromise,
            (r, _) => FinishInFlightClose(r, stream),
            (r, reason) => FinishInFlightCloseWithError(r, stream, reason));
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-process-write"/>
    private static void ProcessWrite(Realm realm, JsWritableStreamDefaultController controller, JsValue chunk)
    {
        JsWritableStream stream = controller.Stream;
        stream.InFlightWriteRequest = stream.WriteRequests.Dequeue();
        JsPromise sinkWritePromise = controller.Sink!.Write(realm, chunk, controller);
        WebIdl.React(realm, sinkWritePromise,
            (r, _) =>
            {
                // WritableStreamFinishInFlightWrite.
                stream.InFlightWriteRequest!.Resolve(r, default);
                stream.InFlightWriteRequest = null;
                WritableStreamState state = stream.State;
                DequeueValue(controller);
                if (!CloseQueuedOrInFlight(stream) && state == WritableStreamState.Writable)
                {
                    UpdateBackpressure(r, stream, GetBackpressure(controller));
                }

                AdvanceQueueIfNeeded(r, controller);
            },
            (r, reason) =>
            {
                if (stream.State == WritableStreamState.Writable) ClearAlgorithms(controller);

                // WritableStreamFinishInFlightWriteWithError.
                stream.InFlightWriteRequest!.Reject(r, reason);
                stream.InFlightWriteRequest = null;
                DealWithRejection(r, stream, reason);
            });
    }

    /// <see href="https://streams.spec.whatwg.org/#writable-stream-default-controller-write"/>
    private static void ControllerWrite(Realm realm, JsWritableStreamDefaultController controller, JsValue chunk, double chunkSize)
    {
        // EnqueueValueWithSize: the size must be a finite, non-negative number.
        if (double.IsNaN(chunkSize) || chunkSize < 0 || double.IsPositiveInfinity(chunkSize))
        {
            ControllerErrorIfNeeded(realm, controller, realm.RangeError("The return value of a queuing strategy's size function must be a finite, non-NaN, non-negative number").Value);
            return;
        }

        controller.Queue.Enqueue((chunk, chunkSize, false));
        controller.QueueTotalSize += chunkSize;
        JsWritableStream stream = controller.Stream;
        if (!CloseQueuedOrInFlight(stream) && stream.State == WritableStreamState.Writable)
        {
            UpdateBackpressure(realm, stream, GetBackpressure(controller));
        }

        AdvanceQueueIfNeeded(realm, controller);
    }

    private static void DequeueValue(JsWritableStreamDefaultController controller)
    {
        var (_, size, _) = controller.Queue.Dequeue();
        controller.QueueTotalSize -= size;
        if (controller.QueueTotalSize < 0) controller.QueueTotalSize = 0;
    }
}
