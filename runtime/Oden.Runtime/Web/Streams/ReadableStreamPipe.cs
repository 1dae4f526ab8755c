// ReadableStreamPipeTo (https://streams.spec.whatwg.org/#readable-stream-pipe-to): a pipe that reads a
// chunk only when the destination's writer is ready (desiredSize > 0), so a slow sink slows the source;
// errors and closing propagate in both directions per preventAbort/preventCancel/preventClose, and an
// AbortSignal shuts the pipe down with its reason. Shutting down waits for the writes already started.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

internal sealed class ReadableStreamPipe
{
    private readonly Realm _realm;
    private readonly JsReadableStream _source;
    private readonly JsWritableStream _dest;
    private readonly bool _preventClose;
    private readonly bool _preventAbort;
    private readonly bool _preventCancel;
    private readonly JsAbortSignal? _signal;
    private readonly JsReadableStreamDefaultReader _reader;
    private readonly JsWritableStreamDefaultWriter _writer;
    private readonly JsPromise _promise;
    private Action<Realm, JsValue>? _abortAlgorithm;
    private bool _shuttingDown;
    private bool _reading;
    private JsPromise _currentWrite;

    private ReadableStreamPipe(Realm realm, JsReadableStream source, JsWritableStream dest, bool preventClose, bool preventAbort, bool preventCancel, JsAbortSignal? signal)
    {
        _realm = realm;
        _source = source;
        _dest = dest;
        _preventClose = preventClose;
        _preventAbort = preventAbort;
        _preventCancel = preventCancel;
        _signal = signal;

        // 7-14. Lock both streams; the source is disturbed; no write yet.
        _reader = ReadableStreamOps.AcquireReader(realm, source);
        _writer = WritableStreamOps.AcquireWriter(realm, dest);
        source.Disturbed = true;
        _currentWrite = WebIdl.ResolvedPromise(realm, default);
        _promise = JsPromise.Create(realm);
    }

    public static JsPromise PipeTo(Realm realm, JsReadableStream source, JsWritableStream dest, bool preventClose, bool preventAbort, bool preventCancel, JsAbortSignal? signal)
    {
        var pipe = new ReadableStreamPipe(realm, source, dest, preventClose, preventAbort, preventCancel, signal);
        pipe.Start();
        return pipe._promise;
    }

    private void Start()
    {
        // 14. The signal: abort the destination and cancel the source (unless prevented), then reject.
        if (_signal is not null)
        {
            _abortAlgorithm = (r, _) =>
            {
                JsValue error = _signal.Reason;
                ShutdownWithAction(
                    () =>
                    {
                        var actions = new List<JsPromise>();
                        if (!_preventAbort) actions.Add(_dest.State == WritableStreamState.Writable ? WritableStreamOps.Abort(r, _dest, error) : WebIdl.ResolvedPromise(r, default));
                        if (!_preventCancel) actions.Add(_source.State == ReadableStreamState.Readable ? ReadableStreamOps.StreamCancel(r, _source, error) : WebIdl.ResolvedPromise(r, default));
                        return WaitForAll(r, actions);
                    },
                    isError: true, error);
            };
            if (_signal.Aborted)
            {
                _abortAlgorithm(_realm, default);
                return;
            }

            _signal.AddAlgorithm(_abortAlgorithm);
        }

        // Errors and closing, whenever they happen.
        WebIdl.React(_realm, _reader.ClosedPromise, (_, _) => SourceClosed(), (_, e) => SourceErrored(e));
        WebIdl.React(_realm, _writer.ClosedPromise, (_, _) => { }, (_, e) => DestErrored(e));

        // The states they may already be in.
        if (_source.State == ReadableStreamState.Errored) SourceErrored(_source.StoredError);
        else if (_dest.State is WritableStreamState.Errored or WritableStreamState.Erroring) DestErrored(_dest.StoredError);
        else if (_source.State == ReadableStreamState.Closed) SourceClosed();
        else if (WritableStreamOps.CloseQueuedOrInFlight(_dest) || _dest.State == WritableStreamState.Closed) DestClosed();
        if (!_shuttingDown) Pump();
    }

    /// <summary>One step of the loop: wait until the writer is ready, then read one chunk and write it.</summary>
    private void Pump()
    {
        if (_shuttingDown || _reading) return;
        WebIdl.React(_realm, _writer.ReadyPromise,
            (r, _) =>
            {
                if (_shuttingDown || _reading) return;
                _reading = true;
                ReadableStreamOps.ReaderRead(r, _reader, new PipeReadRequest(this));
            },
            (_, _) => { }); // the destination's error arrives through writer.closed
    }

    private sealed class PipeReadRequest(ReadableStreamPipe pipe) : ReadRequest
    {
        public override void ChunkSteps(Realm realm, JsValue chunk)
        {
            pipe._reading = false;
            if (pipe._writer.Stream is null) return;
            pipe._currentWrite = WritableStreamOps.WriterWrite(realm, pipe._writer, chunk);
            WebIdl.MarkHandled(realm, pipe._currentWrite);
            pipe.Pump();
        }

        public override void CloseSteps(Realm realm)
        {
            pipe._reading = false;
            pipe.SourceClosed();
        }

        public override void ErrorSteps(Realm realm, JsValue error)
        {
            pipe._reading = false;
            pipe.SourceErrored(error);
        }
    }

    // Propagating errors forward and backward, and closing forward and backward (spec steps 16.x).
    private void SourceErrored(JsValue error)
    {
        if (!_preventAbort) ShutdownWithAction(() => WritableStreamOps.Abort(_realm, _dest, error), isError: true, error);
        else Shutdown(isError: true, error);
    }

    private void DestErrored(JsValue error)
    {
        if (!_preventCancel) ShutdownWithAction(() => ReadableStreamOps.StreamCancel(_realm, _source, error), isError: true, error);
        else Shutdown(isError: true, error);
    }

    private void SourceClosed()
    {
        if (!_preventClose) ShutdownWithAction(() => WritableStreamOps.WriterCloseWithErrorPropagation(_realm, _writer), isError: false, default);
        else Shutdown(isError: false, default);
    }

    private void DestClosed()
    {
        JsValue destClosed = _realm.TypeError("the destination writable stream closed before all the data could be piped to it").Value;
        if (!_preventCancel) ShutdownWithAction(() => ReadableStreamOps.StreamCancel(_realm, _source, destClosed), isError: true, destClosed);
        else Shutdown(isError: true, destClosed);
    }

    /// <summary>Waits for the writes already started when the destination is still writable, then runs <paramref name="then"/>.</summary>
    private void AfterPendingWrites(Action then)
    {
        if (_dest.State != WritableStreamState.Writable || WritableStreamOps.CloseQueuedOrInFlight(_dest))
        {
            then();
            return;
        }

        JsPromise last = _currentWrite;
        WebIdl.React(_realm, last,
            (_, _) => Continue(),
            (_, _) => Continue());

        void Continue()
        {
            // A write started meanwhile (a chunk read before the shutdown): wait for it too.
            if (!ReferenceEquals(last, _currentWrite)) AfterPendingWrites(then);
            else then();
        }
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-pipeTo-shutdown-with-an-action"/>
    private void ShutdownWithAction(Func<JsPromise> action, bool isError, JsValue error)
    {
        if (_shuttingDown) return;
        _shuttingDown = true;
        AfterPendingWrites(() =>
        {
            JsPromise p = action();
            WebIdl.React(_realm, p,
                (_, _) => Finalize(isError, error),
                (_, newError) => Finalize(true, newError));
        });
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-pipeTo-shutdown"/>
    private void Shutdown(bool isError, JsValue error)
    {
        if (_shuttingDown) return;
        _shuttingDown = true;
        AfterPendingWrites(() => Finalize(isError, error));
    }

    /// <see href="https://streams.spec.whatwg.org/#rs-pipeTo-finalize"/>
    private void Finalize(bool isError, JsValue error)
    {
        if (_writer.Stream is not null) WritableStreamOps.WriterRelease(_realm, _writer);
        if (_reader.Stream is not null) ReadableStreamOps.ReaderRelease(_realm, _reader);
        if (_abortAlgorithm is not null) _signal!.RemoveAlgorithm(_abortAlgorithm);
        if (isError) _promise.Reject(_realm, error);
        else _promise.Resolve(_realm, default);
    }

    /// <summary>A promise fulfilled when all of <paramref name="promises"/> are, rejected with the first rejection.</summary>
    private static JsPromise WaitForAll(Realm realm, List<JsPromise> promises)
    {
        JsPromise all = JsPromise.Create(realm);
        int remaining = promises.Count;
        if (remaining == 0)
        {
            all.Resolve(realm, default);
            return all;
        }

        foreach (JsPromise p in promises)
        {
            WebIdl.React(realm, p,
                (r, _) =>
                {
                    if (--remaining == 0) all.Resolve(r, default);
                },
                (r, e) => all.Reject(r, e));
        }

        return all;
    }
}

internal static partial class ReadableStreamPrototype
{
    /// <summary>The StreamPipeOptions members in Web IDL's order: preventAbort, preventCancel, preventClose, signal.</summary>
    private static (bool PreventAbort, bool PreventCancel, bool PreventClose, JsAbortSignal? Signal) PipeOptions(Realm realm, JsValue options)
    {
        WebIdl.RequireDictionary(realm, options, "The \"options\" argument");
        bool preventAbort = Operations.ToBoolean(WebIdl.Member(realm, options, "preventAbort"));
        bool preventCancel = Operations.ToBoolean(WebIdl.Member(realm, options, "preventCancel"));
        bool preventClose = Operations.ToBoolean(WebIdl.Member(realm, options, "preventClose"));
        JsValue signal = WebIdl.Member(realm, options, "signal");
        if (!signal.IsUndefined && signal._ref is not JsAbortSignal) throw realm.TypeError("The \"options.signal\" property must be an instance of AbortSignal");
        return (preventAbort, preventCancel, preventClose, signal._ref as JsAbortSignal);
    }
}
