// StateMachine: the frame of one running generator, async function or async generator. The compiler
// emits a sealed subclass per such function (FrameN) whose fields hold every binding of the function
// that would otherwise be an IL local, and whose MoveNext runs the lowered body from the resume point in
// State until it suspends (yield, await) or completes (docs/architecture.md, "Generators and async
// functions").
//
// Protocol between the generated body and this class:
// - State is 0 before the first run; the body's dispatch jumps to resume point k when State is k, and
//   sets State to Running (-1) as soon as it has resumed. To suspend, the body stores its resume point
//   in State and the kind of suspension in SuspendKind, then returns the yielded value.
//   Returning with State == Running means the body completed (a return statement or its end).
// - Mode and Sent carry the completion the body resumes with: next(v) (Sent = v), throw(e), return(v);
//   an await's continuation resumes with Next (fulfilled) or Throw (rejected).
// - A JavaScript exception out of MoveNext is the body's throw completion.
// The frame is also the PromiseContinuation of every await it performs, so an await allocates nothing
// beyond what PromiseResolve itself needs.
using System.ComponentModel;

namespace Oden.Runtime.Builtins;

[EditorBrowsable(EditorBrowsableState.Never)]
public abstract partial class StateMachine : PromiseContinuation
{
    public const int Running = -1;

    public const int ModeNext = 0;
    public const int ModeThrow = 1;
    public const int ModeReturn = 2;

    /// <summary>A yield: the runtime wraps the value in an iterator result (sync) or settles a request (async).</summary>
    public const int SuspendYield = 0;

    /// <summary>A sync yield* step: the value is the inner iterator's result object, passed on as it is.</summary>
    public const int SuspendYieldRaw = 1;

    /// <summary>An await: the frame is registered on a promise and resumes from a job.</summary>
    public const int SuspendAwait = 2;

    /// <summary>0 before the first run; k &gt; 0 while suspended at resume point k; Running otherwise.</summary>
    public int State;

    /// <summary>How the body resumes: ModeNext, ModeThrow or ModeReturn.</summary>
    public int Mode;

    /// <summary>The value the body resumes with (next's argument, the thrown value, the return value, an awaited result).</summary>
    public JsValue Sent;

    /// <summary>What the last suspension was (SuspendYield, SuspendYieldRaw, SuspendAwait).</summary>
    public int SuspendKind;

    /// <summary>yield*: the inner iterator's current result or value (see Delegate*).</summary>
    public JsValue DelegateValue;

    /// <summary>The realm of the function (set by the Start* entry points).</summary>
    public Realm Realm = null!;

    /// <summary>The object driving this frame: a JsGenerator, the async function's JsPromise, or a JsAsyncGenerator.</summary>
    internal object? Owner;

    /// <summary>Runs the body from the resume point in State (generated).</summary>
    public abstract JsValue MoveNext();

    // ---- entry points for generated code --------------------------------------------------------

    /// <summary>
    /// The end of a generator function's [[Call]]: FunctionDeclarationInstantiation has run; create the
    /// generator object (OrdinaryCreateFromConstructor(callee, "%GeneratorFunction.prototype.prototype%"))
    /// in the suspended-start state.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-runtime-semantics-evaluategeneratorbody"/>
    public static JsValue StartGenerator(Realm realm, StateMachine frame, JsFunction callee)
    {
        frame.Realm = realm;
        JsObject proto = JsFunction.GetPrototypeFromConstructor(callee, callee.Realm.Intrinsics.GeneratorPrototype);
        var generator = new JsGenerator(proto, frame);
        frame.Owner = generator;
        return generator;
    }

    /// <summary>An async function's [[Call]] after FunctionDeclarationInstantiation: run the body until its first await.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-async-functions-abstract-operations-async-function-start"/>
    public static JsValue StartAsyncFunction(Realm realm, StateMachine frame)
    {
        frame.Realm = realm;
        JsPromise promise = JsPromise.Create(realm);
        frame.Owner = promise;
        frame.Mode = ModeNext;
        frame.Sent = default;
        frame.AsyncFunctionStep();
        return promise;
    }

    /// <summary>An async generator function's [[Call]]: the generator object in the suspended-start state.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-definitions-evaluation"/>
    public static JsValue StartAsyncGenerator(Realm realm, StateMachine frame, JsFunction callee)
    {
        frame.Realm = realm;
        JsObject proto = JsFunction.GetPrototypeFromConstructor(callee, callee.Realm.Intrinsics.AsyncGeneratorPrototype);
        var generator = new JsAsyncGenerator(proto, frame);
        frame.Owner = generator;
        return generator;
    }

    /// <summary>
    /// Await(value) up to the suspension: PromiseResolve(%Promise%, value) and PerformPromiseThen with this
    /// frame as the continuation (a native promise's `then` is never looked up). Throws synchronously when
    /// PromiseResolve does.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#await"/>
    public void Await(JsValue value)
    {
        JsPromise.Await(Realm, value, this);
        SuspendKind = SuspendAwait;
    }

    /// <summary>Sets the completion the body continues with (an async generator's yield resumption after its await).</summary>
    public void SetResumption(int mode, JsValue value)
    {
        Mode = mode;
        Sent = value;
    }

    /// <summary>The continuation of an await: resume with a normal completion.</summary>
    public sealed override void OnFulfilled(Realm realm, JsValue value)
    {
        Mode = ModeNext;
        Sent = value;
        ResumeAfterAwait();
    }

    /// <summary>The continuation of an await: resume with a throw completion.</summary>
    public sealed override void OnRejected(Realm realm, JsValue reason)
    {
        Mode = ModeThrow;
        Sent = reason;
        ResumeAfterAwait();
    }

    private void ResumeAfterAwait()
    {
        if (Owner is JsAsyncGenerator generator) generator.Step();
        else AsyncFunctionStep();
    }

    /// <summary>Runs an async function's body to its next await or its end, settling its promise at the end.</summary>
    private void AsyncFunctionStep()
    {
        var promise = (JsPromise)Owner!;
        JsValue result;
        JsException? thrown = null;
        try
        {
            result = MoveNext();
        }
        catch (JsException e)
        {
            // Only store it: the handler runs on top of the frames being unwound (see JsGenerator.Resume).
            thrown = e;
            result = default;
        }

        if (thrown is not null)
        {
            State = Running;
            promise.Reject(Realm, thrown.Value);
            return;
        }

        if (State > 0) return; // awaiting
        promise.Resolve(Realm, result);
    }

    // ---- yield* -------------------------------------------------------------------------------------

    /// <summary>yield*: GetIterator(value, sync or async); the first step sends undefined with a normal completion.</summary>
    public IteratorRecord DelegateStart(JsValue value, bool async)
    {
        Mode = ModeNext;
        Sent = default;
        DelegateMode = ModeNext;
        return async ? AsyncIteration.GetAsyncIterator(Realm, value) : IteratorRecord.GetIterator(Realm, value);
    }

    /// <summary>
    /// One step of a sync generator's yield* (https://tc39.es/ecma262/#sec-generator-function-definitions-runtime-semantics-evaluation,
    /// YieldExpression : yield * AssignmentExpression, step 7) with the received completion in Mode/Sent.
    /// Returns 0 to yield DelegateValue (the inner result object, as it is), 1 when the inner iterator is
    /// done (DelegateValue is the yield* expression's value), 2 to return DelegateValue from the generator.
    /// </summary>
    public int DelegateStep(IteratorRecord record)
    {
        Realm realm = Realm;
        JsObject iterator = record.Iterator;
        JsValue innerResult;
        switch (Mode)
        {
            case ModeNext:
                // a. i. Let innerResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « received.[[Value]] »).
                innerResult = CallNext(realm, record, Sent);
                break;
            case ModeThrow:
            {
                // b. i. Let throw be ? GetMethod(iterator, "throw").
                JsFunction? throwMethod = Operations.GetMethod(realm, iterator, "throw");
                if (throwMethod is null)
                {
                    // iii. 1-4. NOTE: the delegate has no throw method: close it, then throw a TypeError.
                    record.Close(realm);
                    throw realm.TypeError("The iterator does not provide a 'throw' method");
                }

                // ii. 1. Let innerResult be ? Call(throw, iterator, « received.[[Value]] »).
                innerResult = throwMethod.Call1(iterator, Sent);
                break;
            }
            default:
            {
                // c. ii. Let return be ? GetMethod(iterator, "return").
                JsFunction? returnMethod = Operations.GetMethod(realm, iterator, "return");

                // iii. If return is undefined, then return ReturnCompletion(received.[[Value]]).
                if (returnMethod is null)
                {
                    DelegateValue = Sent;
                    return 2;
                }

                // iv. Let innerReturnResult be ? Call(return, iterator, « received.[[Value]] »).
                innerResult = returnMethod.Call1(iterator, Sent);
                break;
            }
        }

        // If innerResult is not an Object, throw a TypeError exception.
        if (innerResult._ref is not JsObject resultObject)
        {
            throw realm.TypeError($"Iterator result {Operations.DescribeForError(realm, innerResult)} is not an object");
        }

        // Let done be ? IteratorComplete(innerResult).
        if (Operations.ToBoolean(resultObject.Get("done")))
        {
            // If done is true, return ? IteratorValue(innerResult) (a return completion for the return case).
            DelegateValue = resultObject.Get("value");
            return Mode == ModeReturn ? 2 : 1;
        }

        // Set received to Completion(GeneratorYield(innerResult)).
        DelegateValue = innerResult;
        return 0;
    }

    /// <summary>
    /// The call half of an async generator's yield* step: 0 when a method was called and DelegateValue
    /// must be awaited, 1 when the iterator has no "return" (return Sent, after awaiting it), 2 when it has
    /// no "throw" (DelegateValue is the result of calling "return": await it, then DelegateThrowMissing),
    /// 3 when it has neither (DelegateThrowMissing(undefined) at once).
    /// </summary>
    public int DelegateInvokeAsync(IteratorRecord record)
    {
        Realm realm = Realm;
        DelegateMode = Mode;
        JsObject iterator = record.Iterator;
        switch (Mode)
        {
            case ModeNext:
                DelegateValue = CallNext(realm, record, Sent);
                return 0;
            case ModeThrow:
            {
                JsFunction? throwMethod = Operations.GetMethod(realm, iterator, "throw");
                if (throwMethod is null)
                {
                    // AsyncIteratorClose(iteratorRecord, NormalCompletion(empty)): call return and await its result.
                    record.Done = true;
                    JsFunction? ret = Operations.GetMethod(realm, iterator, "return");
                    if (ret is null) return 3;
                    DelegateValue = ret.Call0(iterator);
                    return 2;
                }

                DelegateValue = throwMethod.Call1(iterator, Sent);
                return 0;
            }
            default:
            {
                JsFunction? returnMethod = Operations.GetMethod(realm, iterator, "return");
                if (returnMethod is null)
                {
                    DelegateValue = Sent;
                    return 1;
                }

                DelegateValue = returnMethod.Call1(iterator, Sent);
                return 0;
            }
        }
    }

    /// <summary>The received completion's kind while an async yield* awaits the inner result.</summary>
    internal int DelegateMode;

    private static JsValue CallNext(Realm realm, IteratorRecord record, JsValue value) =>
        record.NextMethod._ref is JsFunction next
            ? next.Call1(record.Iterator, value)
            : throw realm.TypeError($"{Operations.DescribeForError(realm, record.NextMethod)} is not a function");

    /// <summary>After the awaited close of a delegate without "throw": the result check, then the TypeError.</summary>
    public void DelegateThrowMissing(JsValue closeResult, int closed)
    {
        if (closed != 0 && !closeResult.IsObject)
        {
            throw Realm.TypeError($"Iterator result {Operations.DescribeForError(Realm, closeResult)} is not an object");
        }

        throw Realm.TypeError("The iterator does not provide a 'throw' method");
    }

    /// <summary>
    /// The result half of an async generator's yield* step, given the awaited inner result: 0 to yield
    /// DelegateValue (its value), 1 when done (DelegateValue is the expression's value), 2 to return
    /// DelegateValue (after awaiting it).
    /// </summary>
    public int DelegateResultAsync(JsValue innerResult)
    {
        if (innerResult._ref is not JsObject resultObject)
        {
            throw Realm.TypeError($"Iterator result {Operations.DescribeForError(Realm, innerResult)} is not an object");
        }

        bool done = Operations.ToBoolean(resultObject.Get("done"));
        DelegateValue = resultObject.Get("value");
        if (!done) return 0;
        return DelegateMode == ModeReturn ? 2 : 1;
    }
}
