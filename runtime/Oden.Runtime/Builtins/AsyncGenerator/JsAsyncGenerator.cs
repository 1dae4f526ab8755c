// JsAsyncGenerator: an async generator object: [[AsyncGeneratorState]], [[AsyncGeneratorQueue]] of
// requests (a completion and the promise next/return/throw returned for it) and the compiled frame.
// The frame suspends both at awaits (it is then registered on a promise and resumes from a job) and at
// yields (the head request is settled; the next queued request, if any, resumes it at once).
namespace Oden.Runtime.Builtins;

internal enum AsyncGeneratorState : byte
{
    SuspendedStart,
    SuspendedYield,
    Executing,
    DrainingQueue,
    Completed,
}

public sealed class JsAsyncGenerator : JsObject
{
    private readonly Queue<Request> _queue = new();
    private AsyncGeneratorState _state;
    private StateMachine? _frame;

    internal JsAsyncGenerator(JsObject prototype, StateMachine frame)
        : base(prototype)
    {
        _frame = frame;
        _state = AsyncGeneratorState.SuspendedStart;
    }

    public override string ClassName => "AsyncGenerator";

    /// <summary>The AsyncGeneratorRequest Record: a completion and the promise of its result.</summary>
    private readonly record struct Request(int Mode, JsValue Value, JsPromise Promise);

    /// <summary>
    /// AsyncGenerator.prototype.next/return/throw after the brand check: the promise for this request.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next"/>
    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-return"/>
    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-throw"/>
    internal JsPromise Enqueue(Realm realm, int mode, JsValue value)
    {
        JsPromise promise = JsPromise.Create(realm);
        AsyncGeneratorState state = _state;

        if (mode == StateMachine.ModeThrow && state == AsyncGeneratorState.SuspendedStart)
        {
            // throw 6. If state is suspended-start, set generator.[[AsyncGeneratorState]] to completed.
            _state = state = AsyncGeneratorState.Completed;
            _frame = null;
        }

        if (state == AsyncGeneratorState.Completed && mode != StateMachine.ModeReturn)
        {
            // next 6: resolve with { value: undefined, done: true }; throw 7: reject with the exception.
            if (mode == StateMachine.ModeThrow) promise.Reject(realm, value);
            else promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, default, done: true));
            return promise;
        }

        // AsyncGeneratorEnqueue(generator, completion, promiseCapability).
        _queue.Enqueue(new Request(mode, value, promise));

        if (mode == StateMachine.ModeReturn && state is AsyncGeneratorState.SuspendedStart or AsyncGeneratorState.Completed)
        {
            // return 8. Set state to draining-queue; perform AsyncGeneratorAwaitReturn(generator).
            _state = AsyncGeneratorState.DrainingQueue;
            _frame = null;
            AwaitReturn(realm);
        }
        else if (state is AsyncGeneratorState.SuspendedStart or AsyncGeneratorState.SuspendedYield)
        {
            // AsyncGeneratorResume(generator, completion).
            Resume(mode, value);
        }

        // Otherwise the generator is executing or draining its queue: the request waits its turn.
        return promise;
    }

    /// <see href="https://tc39.es/ecma262/#sec-asyncgeneratorresume"/>
    private void Resume(int mode, JsValue value)
    {
        _state = AsyncGeneratorState.Executing;
        _frame!.Mode = mode;
        _frame.Sent = value;
        Step();
    }

    /// <summary>Runs the body to its next await, yield or end, and acts on how it stopped.</summary>
    internal void Step()
    {
        while (true)
        {
            StateMachine frame = _frame!;
            Realm realm = frame.Realm;
            JsValue result;
            JsException? thrown = null;
            try
            {
                result = frame.MoveNext();
            }
            catch (JsException e)
            {
                // Only store it: the handler runs on top of the frames being unwound (see JsGenerator.Resume).
                thrown = e;
                result = default;
            }

            if (thrown is not null)
            {
                // AsyncGeneratorStart 4.d-h: the body threw.
                Finish(realm, StateMachine.ModeThrow, thrown.Value);
                return;
            }

            if (frame.State <= 0)
            {
                // The body returned.
                Finish(realm, StateMachine.ModeNext, result);
                return;
            }

            if (frame.SuspendKind == StateMachine.SuspendAwait) return;

            // AsyncGeneratorYield: settle the head request with { value, done: false } ...
            CompleteStep(realm, StateMachine.ModeNext, result, done: false);

            // ... 11. and continue at once with the next request, if there is one.
            if (_queue.Count == 0)
            {
                _state = AsyncGeneratorState.SuspendedYield;
                return;
            }

            Request next = _queue.Peek();
            frame.Mode = next.Mode;
            frame.Sent = next.Value;
        }
    }

    /// <summary>AsyncGeneratorStart's completion steps: draining-queue, complete the head request, drain.</summary>
    private void Finish(Realm realm, int mode, JsValue value)
    {
        _state = AsyncGeneratorState.DrainingQueue;
        _frame = null;
        CompleteStep(realm, mode, value, done: true);
        DrainQueue(realm);
    }

    /// <see href="https://tc39.es/ecma262/#sec-asyncgeneratorcompletestep"/>
    private void CompleteStep(Realm realm, int mode, JsValue value, bool done)
    {
        // 2. Let next be the first element of generator.[[AsyncGeneratorQueue]]; remove it.
        Request next = _queue.Dequeue();

        // 4. If completion is a throw completion, reject; else resolve with CreateIterResultObject(value, done).
        if (mode == StateMachine.ModeThrow) next.Promise.Reject(realm, value);
        else next.Promise.Resolve(realm, IteratorRecord.CreateIterResultObject(realm, value, done));
    }

    /// <see href="https://tc39.es/ecma262/#sec-asyncgeneratordrainqueue"/>
    private void DrainQueue(Realm realm)
    {
        while (true)
        {
            // 3. If queue is empty, set state to completed and return.
            if (_queue.Count == 0)
            {
                _state = AsyncGeneratorState.Completed;
                return;
            }

            // 5.a-c. A return request: AsyncGeneratorAwaitReturn, which continues draining when it settles.
            Request next = _queue.Peek();
            if (next.Mode == StateMachine.ModeReturn)
            {
                AwaitReturn(realm);
                return;
            }

            // d. i-ii. Otherwise complete it: a normal completion becomes { undefined, done: true }.
            CompleteStep(realm, next.Mode, next.Mode == StateMachine.ModeThrow ? next.Value : default, done: true);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn"/>
    private void AwaitReturn(Realm realm)
    {
        Request next = _queue.Peek();
        JsPromise promise;
        try
        {
            // 7. Let promiseCompletion be Completion(PromiseResolve(%Promise%, completion.[[Value]])).
            promise = (JsPromise)JsPromise.PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, next.Value);
        }
        catch (JsException e)
        {
            // 8. If promiseCompletion is an abrupt completion, complete the step with it and drain.
            CompleteStep(realm, StateMachine.ModeThrow, e.Value, done: true);
            DrainQueue(realm);
            return;
        }

        // 10-14. PerformPromiseThen(promise, onFulfilled, onRejected).
        JsPromise.PerformPromiseThen(realm, promise, new ReturnContinuation(this));
    }

    private sealed class ReturnContinuation(JsAsyncGenerator generator) : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value)
        {
            generator.CompleteStep(realm, StateMachine.ModeNext, value, done: true);
            generator.DrainQueue(realm);
        }

        public override void OnRejected(Realm realm, JsValue reason)
        {
            generator.CompleteStep(realm, StateMachine.ModeThrow, reason, done: true);
            generator.DrainQueue(realm);
        }
    }
}
