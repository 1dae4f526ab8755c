// JsPromise: an object with the [[PromiseState]], [[PromiseResult]], reaction lists and [[PromiseIsHandled]]
// internal slots, and the promise abstract operations of ECMA-262 §27.2.1–27.2.5 in spec terms.
//
// Invariants:
// - A reaction is a Job (PromiseReaction, or one of a PromiseContinuation's two jobs): settling a promise
//   enqueues each job of the matching kind with the result as argument, in registration order, and
//   allocates nothing per reaction. The reaction list is an array of (fulfil job, reject job) pairs,
//   dropped on settlement.
// - Every job goes into the queue of the realm passed in (the current realm); scripts of one realm run
//   on one thread, so there is no locking here. .NET code on other threads comes back through
//   JobQueue.Post (see FromTask).
// - The runtime's own uses (await, Promise.all's plumbing in other builtins, hosts) go through
//   PromiseResolve + PerformPromiseThen with a PromiseContinuation: no `then` lookup, no JS function
//   objects, exactly the ticks the spec's Await takes.
namespace Oden.Runtime.Builtins;

public enum PromiseState : byte
{
    Pending,
    Fulfilled,
    Rejected,
}

public sealed class JsPromise : JsObject
{
    // The "constructor" and @@species reads of PromiseResolve and SpeciesConstructor, through inline caches of
    // their own (a native promise's constructor is a data property of %Promise.prototype%).
    private static readonly CompilerServices.PropertySite s_resolveConstructorSite = new("constructor");
    private static readonly CompilerServices.PropertySite s_speciesConstructorSite = new("constructor");
    private static readonly CompilerServices.PropertySite s_speciesSite = new(PropertyKey.FromSymbol(JsSymbol.Species));

    private PromiseState _state;
    private bool _isHandled;
    private bool _ownerResolved;
    private int _reactionCount;
    private Job[]? _reactions;
    private JsValue _result;

    /// <summary>Where HostPromiseRejectionTracker stands for this promise (see PromiseRejectionTracker).</summary>
    internal RejectionTracking Tracking;

    /// <summary>A pending promise with the given prototype (OrdinaryCreateFromConstructor has been done).</summary>
    public JsPromise(JsObject prototype)
        : base(prototype)
    {
    }

    /// <summary>A new pending promise whose prototype is %Promise.prototype% of <paramref name="realm"/>.</summary>
    public static JsPromise Create(Realm realm) => new(realm.Intrinsics.PromisePrototype);

    public override string ClassName => "Promise";

    /// <summary>[[PromiseState]].</summary>
    public PromiseState State => _state;

    /// <summary>[[PromiseResult]]: undefined while pending.</summary>
    public JsValue Result => _result;

    /// <summary>[[PromiseIsHandled]].</summary>
    public bool IsHandled => _isHandled;

    // ---------------------------------------------------------------------------------------------
    // The owner's resolving functions: what the creator of a promise (an async function, a host) calls
    // instead of allocating a pair of resolve/reject function objects. The first call wins, as with a
    // pair made by CreateResolvingFunctions.
    // ---------------------------------------------------------------------------------------------

    /// <summary>Resolves this promise as its own resolve function would (thenables are adopted).</summary>
    public void Resolve(Realm realm, JsValue resolution)
    {
        if (_ownerResolved) return;
        _ownerResolved = true;
        ResolvePromise(realm, this, resolution);
    }

    /// <summary>Rejects this promise as its own reject function would.</summary>
    public void Reject(Realm realm, JsValue reason)
    {
        if (_ownerResolved) return;
        _ownerResolved = true;
        RejectPromise(realm, this, reason);
    }

    // ---------------------------------------------------------------------------------------------
    // Abstract operations
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The steps of a promise resolve function after its [[AlreadyResolved]] check (steps 7-16).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-promise-resolve-functions"/>
    internal static void ResolvePromise(Realm realm, JsPromise promise, JsValue resolution)
    {
        // 7. If SameValue(resolution, promise) is true, then
        if (ReferenceEquals(resolution._ref, promise))
        {
            // a. Let selfResolutionError be a newly created TypeError object.
            // b. Perform RejectPromise(promise, selfResolutionError).
            RejectPromise(realm, promise, JsError.Create(realm, ErrorKind.TypeError, "Chaining cycle detected for promise #<Promise>"));

            // c. Return undefined.
            return;
        }

        // 8. If resolution is not an Object, then
        if (resolution._ref is not JsObject thenable)
        {
            // a. Perform FulfillPromise(promise, resolution).
            FulfillPromise(realm, promise, resolution);
            return;
        }

        // 9. Let then be Completion(Get(resolution, "then")).
        JsValue thenAction;
        try
        {
            thenAction = thenable.Get("then");
        }
        catch (JsException e)
        {
            // 10. If then is an abrupt completion, then
            //   a. Perform RejectPromise(promise, then.[[Value]]).
            RejectPromise(realm, promise, e.Value);
            return;
        }

        // 11. Let thenAction be then.[[Value]].
        // 12. If IsCallable(thenAction) is false, then
        if (thenAction._ref is not JsFunction thenFunction)
        {
            // a. Perform FulfillPromise(promise, resolution).
            FulfillPromise(realm, promise, resolution);
            return;
        }

        // 13. Let thenJobCallback be HostMakeJobCallback(thenAction).
        // 14. Let job be NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
        // 15. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        realm.Jobs.Enqueue(new PromiseResolveThenableJob(promise, thenable, thenFunction));
    }

    /// <see href="https://tc39.es/ecma262/#sec-fulfillpromise"/>
    internal static void FulfillPromise(Realm realm, JsPromise promise, JsValue value)
    {
        // 1. Assert: The value of promise.[[PromiseState]] is pending.
        System.Diagnostics.Debug.Assert(promise._state == PromiseState.Pending);

        // 2. Let reactions be promise.[[PromiseFulfillReactions]].
        Job[]? reactions = promise._reactions;
        int count = promise._reactionCount;

        // 3. Set promise.[[PromiseResult]] to value.
        promise._result = value;

        // 4-5. Set promise.[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] to undefined.
        promise._reactions = null;
        promise._reactionCount = 0;

        // 6. Set promise.[[PromiseState]] to fulfilled.
        promise._state = PromiseState.Fulfilled;

        // 7. Perform TriggerPromiseReactions(reactions, value).
        TriggerPromiseReactions(realm, reactions, count, 0, value);
    }

    /// <see href="https://tc39.es/ecma262/#sec-rejectpromise"/>
    internal static void RejectPromise(Realm realm, JsPromise promise, JsValue reason)
    {
        // 1. Assert: The value of promise.[[PromiseState]] is pending.
        System.Diagnostics.Debug.Assert(promise._state == PromiseState.Pending);

        // 2. Let reactions be promise.[[PromiseRejectReactions]].
        Job[]? reactions = promise._reactions;
        int count = promise._reactionCount;

        // 3. Set promise.[[PromiseResult]] to reason.
        promise._result = reason;

        // 4-5. Set promise.[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] to undefined.
        promise._reactions = null;
        promise._reactionCount = 0;

        // 6. Set promise.[[PromiseState]] to rejected.
        promise._state = PromiseState.Rejected;

        // 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
        if (!promise._isHandled) PromiseRejectionTracker.Track(realm, promise, RejectionOperation.Reject);

        // 8. Perform TriggerPromiseReactions(reactions, reason).
        TriggerPromiseReactions(realm, reactions, count, 1, reason);
    }

    /// <summary>Enqueues the fulfil (offset 0) or reject (offset 1) job of every registered pair, in order.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-triggerpromisereactions"/>
    private static void TriggerPromiseReactions(Realm realm, Job[]? reactions, int count, int offset, JsValue argument)
    {
        // 1. For each element reaction of reactions, do
        //   a. Let job be NewPromiseReactionJob(reaction, argument).
        //   b. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        for (int i = offset; i < count; i += 2)
        {
            realm.Jobs.Enqueue(reactions![i], argument);
        }
    }

    /// <summary>
    /// PerformPromiseThen with JavaScript handlers: non-callable handlers are ignored (pass-through); the
    /// result is resultCapability.[[Promise]], or undefined without a capability.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-performpromisethen"/>
    public static JsValue PerformPromiseThen(
        Realm realm, JsPromise promise, JsValue onFulfilled, JsValue onRejected, PromiseCapability? resultCapability)
    {
        // 1. Assert: IsPromise(promise) is true.
        // 2. If resultCapability is not present, then set resultCapability to undefined.
        // 3-4. If IsCallable(onFulfilled) is false, let onFulfilledJobCallback be empty; else HostMakeJobCallback(onFulfilled).
        JsFunction? onFulfilledJobCallback = onFulfilled._ref as JsFunction;

        // 5-6. The same for onRejected.
        JsFunction? onRejectedJobCallback = onRejected._ref as JsFunction;

        // 7. Let fulfillReaction be the PromiseReaction Record { [[Capability]]: resultCapability, [[Type]]: fulfill, [[Handler]]: onFulfilledJobCallback }.
        var fulfillReaction = new PromiseReaction(resultCapability, PromiseReactionType.Fulfill, onFulfilledJobCallback);

        // 8. Let rejectReaction be the PromiseReaction Record { [[Capability]]: resultCapability, [[Type]]: reject, [[Handler]]: onRejectedJobCallback }.
        var rejectReaction = new PromiseReaction(resultCapability, PromiseReactionType.Reject, onRejectedJobCallback);

        // 9-12.
        PerformPromiseThen(realm, promise, fulfillReaction, rejectReaction);

        // 13. If resultCapability is undefined, then return undefined.
        // 14. Else, return resultCapability.[[Promise]].
        return resultCapability is null ? default(JsValue) : (JsValue)resultCapability.Promise;
    }

    /// <summary>
    /// PerformPromiseThen(promise, onFulfilled, onRejected) with C# continuations and no result capability:
    /// what <c>await</c> does after PromiseResolve. Allocates nothing once the continuation has run once.
    /// </summary>
    public static void PerformPromiseThen(Realm realm, JsPromise promise, PromiseContinuation continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        PerformPromiseThen(realm, promise, continuation.FulfillJob, continuation.RejectJob);
    }

    /// <summary>Steps 9-12 of PerformPromiseThen, given the two reaction jobs.</summary>
    private static void PerformPromiseThen(Realm realm, JsPromise promise, Job fulfillReaction, Job rejectReaction)
    {
        switch (promise._state)
        {
            // 9. If promise.[[PromiseState]] is pending, then
            case PromiseState.Pending:
            {
                // a. Append fulfillReaction to promise.[[PromiseFulfillReactions]].
                // b. Append rejectReaction to promise.[[PromiseRejectReactions]].
                Job[] reactions = promise._reactions ??= new Job[2];
                if (promise._reactionCount == reactions.Length)
                {
                    Array.Resize(ref reactions, reactions.Length * 2);
                    promise._reactions = reactions;
                }

                reactions[promise._reactionCount] = fulfillReaction;
                reactions[promise._reactionCount + 1] = rejectReaction;
                promise._reactionCount += 2;
                break;
            }

            // 10. Else if promise.[[PromiseState]] is fulfilled, then
            case PromiseState.Fulfilled:
                // a. Let value be promise.[[PromiseResult]].
                // b. Let fulfillJob be NewPromiseReactionJob(fulfillReaction, value).
                // c. Perform HostEnqueuePromiseJob(fulfillJob.[[Job]], fulfillJob.[[Realm]]).
                realm.Jobs.Enqueue(fulfillReaction, promise._result);
                break;

            // 11. Else,
            default:
                // a. Assert: The value of promise.[[PromiseState]] is rejected.
                // b. Let reason be promise.[[PromiseResult]].
                // c. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "handle").
                if (!promise._isHandled) PromiseRejectionTracker.Track(realm, promise, RejectionOperation.Handle);

                // d. Let rejectJob be NewPromiseReactionJob(rejectReaction, reason).
                // e. Perform HostEnqueuePromiseJob(rejectJob.[[Job]], rejectJob.[[Realm]]).
                realm.Jobs.Enqueue(rejectReaction, promise._result);
                break;
        }

        // 12. Set promise.[[PromiseIsHandled]] to true.
        promise._isHandled = true;
    }

    /// <summary>Await(value)'s first steps: PromiseResolve(%Promise%, value), then PerformPromiseThen with the continuation.</summary>
    /// <remarks>
    /// Throws (a JsException) when PromiseResolve does, for instance when a native promise's "constructor"
    /// getter throws: the await expression then throws synchronously, as the spec's Await does.
    /// </remarks>
    /// <see href="https://tc39.es/ecma262/#await"/>
    public static void Await(Realm realm, JsValue value, PromiseContinuation continuation)
    {
        // 2. Let promise be ? PromiseResolve(%Promise%, value).
        var promise = (JsPromise)PromiseResolve(realm, realm.Intrinsics.PromiseConstructor, value);

        // 3-7. onFulfilled resumes with a normal completion, onRejected with a throw completion;
        //      Perform PerformPromiseThen(promise, onFulfilled, onRejected).
        PerformPromiseThen(realm, promise, continuation);
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise-resolve"/>
    public static JsObject PromiseResolve(Realm realm, JsObject c, JsValue x)
    {
        // 1. If IsPromise(x) is true, then
        if (x._ref is JsPromise xPromise)
        {
            // a. Let xConstructor be ? Get(x, "constructor").
            JsValue xConstructor = CompilerServices.Ops.GetProtocolProperty(realm, xPromise, s_resolveConstructorSite);

            // b. If SameValue(xConstructor, C) is true, return x.
            if (ReferenceEquals(xConstructor._ref, c)) return xPromise;
        }

        // Fast path for C = %Promise% of this realm: NewPromiseCapability would construct a plain promise
        // whose resolve function runs ResolvePromise; nothing in between is observable.
        if (ReferenceEquals(c, realm.Intrinsics.PromiseConstructor))
        {
            var promise = Create(realm);
            promise._ownerResolved = true;
            ResolvePromise(realm, promise, x);
            return promise;
        }

        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        PromiseCapability promiseCapability = NewPromiseCapability(realm, c);

        // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
        promiseCapability.Resolve(realm, x);

        // 4. Return promiseCapability.[[Promise]].
        return promiseCapability.Promise;
    }

    /// <see href="https://tc39.es/ecma262/#sec-newpromisecapability"/>
    public static PromiseCapability NewPromiseCapability(Realm realm, JsValue c)
    {
        // 1. If IsConstructor(C) is false, throw a TypeError exception.
        if (c._ref is not JsFunction constructor || !constructor.IsConstructor)
        {
            throw realm.TypeError($"{DescribeReceiver(realm, c)} is not a constructor");
        }

        // %Promise% of this realm: the executor and the resolving functions it would receive are never
        // visible to script code, so build the promise directly and make the functions on demand.
        if (ReferenceEquals(constructor, realm.Intrinsics.PromiseConstructor))
        {
            return PromiseCapability.CreateResolvingFunctions(Create(realm));
        }

        // 2. NOTE: C is assumed to be a constructor function that supports the parameter conventions of the Promise constructor.
        // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
        // 4-5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
        var executor = new GetCapabilitiesExecutor(realm);

        // 6. Let promise be ? Construct(C, « executor »).
        JsValue promise = constructor.Construct([executor], constructor);

        // 7. If IsCallable(resolvingFunctions.[[Resolve]]) is false, throw a TypeError exception.
        // 8. If IsCallable(resolvingFunctions.[[Reject]]) is false, throw a TypeError exception.
        if (executor.Resolve._ref is not JsFunction || executor.Reject._ref is not JsFunction)
        {
            throw realm.TypeError("Promise resolve or reject function is not callable");
        }

        // 9. Return the PromiseCapability Record { [[Promise]]: promise, [[Resolve]]: ..., [[Reject]]: ... }.
        return PromiseCapability.FromFunctions(promise.AsObject, executor.Resolve, executor.Reject);
    }

    /// <see href="https://tc39.es/ecma262/#sec-speciesconstructor"/>
    internal static JsValue SpeciesConstructor(Realm realm, JsObject o, JsFunction defaultConstructor)
    {
        // 1. Let C be ? Get(O, "constructor").
        JsValue c = CompilerServices.Ops.GetProtocolProperty(realm, o, s_speciesConstructorSite);

        // 2. If C is undefined, return defaultConstructor.
        if (c.IsUndefined) return defaultConstructor;

        // 3. If C is not an Object, throw a TypeError exception.
        if (c._ref is not JsObject co) throw realm.TypeError("The .constructor property is not an object");

        // 4. Let S be ? Get(C, @@species).
        JsValue s = CompilerServices.Ops.GetProtocolProperty(realm, co, s_speciesSite);

        // 5. If S is either undefined or null, return defaultConstructor.
        if (s.IsNullish) return defaultConstructor;

        // 6. If IsConstructor(S) is true, return S.
        if (Operations.IsConstructor(s)) return s;

        // 7. Throw a TypeError exception.
        throw realm.TypeError("object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>How V8 names a receiver in "incompatible receiver" messages: 1, abc, #&lt;Object&gt;.</summary>
    internal static string DescribeReceiver(Realm realm, JsValue v) => v._ref switch
    {
        JsFunction f => f.DebugName.Length > 0 ? "function " + f.DebugName : "function",
        JsObject o => "#<" + o.ClassName + ">",
        JsSymbol s => s.ToString(),
        _ => Operations.ToString(realm, v),
    };

    // ---------------------------------------------------------------------------------------------
    // .NET interop for hosts
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// A promise settled by a .NET task: when the task completes (on any thread) its outcome is posted to
    /// the realm's queue, and the realm's thread settles the promise when it next drains the queue. A
    /// faulted task rejects with the JsException's value, or with an Error carrying the exception message.
    /// </summary>
    public static JsPromise FromTask(Realm realm, Task<JsValue> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        JsPromise promise = Create(realm);
        realm.Jobs.BeginExternalWork();
        task.ContinueWith(
            static (t, state) =>
            {
                var (r, p) = ((Realm, JsPromise))state!;
                r.Jobs.Post(() =>
                {
                    r.Jobs.EndExternalWork();
                    if (t.IsCompletedSuccessfully)
                    {
                        p.Resolve(r, t.Result);
                        return;
                    }

                    Exception? e = t.Exception?.InnerException;
                    JsValue reason = e is JsException js
                        ? js.Value
                        : JsError.Create(r, ErrorKind.Error, e?.Message ?? "The operation was canceled.");
                    p.Reject(r, reason);
                });
            },
            (realm, promise),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return promise;
    }

    /// <summary>
    /// A task that completes when the promise settles (observed without a `then` lookup). The task
    /// completes on the realm's thread, inside RunUntilIdle; a rejection faults it with a JsException.
    /// </summary>
    public Task<JsValue> ToTask(Realm realm)
    {
        var continuation = new TaskContinuation();
        PerformPromiseThen(realm, this, continuation);
        return continuation.Source.Task;
    }

    private sealed class TaskContinuation : PromiseContinuation
    {
        public readonly TaskCompletionSource<JsValue> Source = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void OnFulfilled(Realm realm, JsValue value) => Source.SetResult(value);

        public override void OnRejected(Realm realm, JsValue reason) => Source.SetException(new JsException(reason));
    }
}
