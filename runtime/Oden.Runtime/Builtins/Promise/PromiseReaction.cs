// The jobs of the promise machinery: PromiseReaction records (each is its own NewPromiseReactionJob, the
// argument travelling with it in the queue), the jobs of a C# PromiseContinuation, and
// NewPromiseResolveThenableJob.
namespace Oden.Runtime.Builtins;

internal enum PromiseReactionType : byte
{
    Fulfill,
    Reject,
}

/// <summary>The PromiseReaction Record { [[Capability]], [[Type]], [[Handler]] }, runnable as its reaction job.</summary>
/// <see href="https://tc39.es/ecma262/#sec-promisereaction-records"/>
internal sealed class PromiseReaction(PromiseCapability? capability, PromiseReactionType type, JsFunction? handler) : Job
{
    /// <see href="https://tc39.es/ecma262/#sec-newpromisereactionjob"/>
    protected internal override void Run(Realm realm, JsValue argument)
    {
        // a. Let promiseCapability be reaction.[[Capability]].
        // b. Let type be reaction.[[Type]].
        // c. Let handler be reaction.[[Handler]].
        JsValue handlerResult;
        bool abrupt;

        // d. If handler is empty, then
        if (handler is null)
        {
            // i. If type is fulfill, let handlerResult be NormalCompletion(argument).
            // ii. Else, let handlerResult be ThrowCompletion(argument).
            handlerResult = argument;
            abrupt = type == PromiseReactionType.Reject;
        }
        else
        {
            // e. Else, let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
            try
            {
                handlerResult = handler.Call1(default, argument);
                abrupt = false;
            }
            catch (JsException e)
            {
                handlerResult = e.Value;
                abrupt = true;
            }
        }

        // f. If promiseCapability is undefined, then
        if (capability is null)
        {
            // i. Assert: handlerResult is not an abrupt completion.
            // ii. Return empty.
            return;
        }

        // g. Assert: promiseCapability is a PromiseCapability Record.
        // h. If handlerResult is an abrupt completion, then
        if (abrupt)
        {
            // i. Return ? Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »).
            capability.Reject(realm, handlerResult);
        }
        else
        {
            // i. Else, return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
            capability.Resolve(realm, handlerResult);
        }
    }
}

/// <summary>
/// What the runtime runs when an awaited promise settles, instead of a pair of JS functions: compiled async
/// functions and generators (their frame, or one object per call) and hosts derive from it. One instance
/// may be registered again after it ran (one await at a time); its two reaction jobs are made once.
/// </summary>
public abstract class PromiseContinuation
{
    private Job? _fulfillJob;
    private Job? _rejectJob;

    internal Job FulfillJob => _fulfillJob ??= new ContinuationJob(this, rejected: false);

    internal Job RejectJob => _rejectJob ??= new ContinuationJob(this, rejected: true);

    /// <summary>The awaited promise fulfilled: resume with a normal completion. Runs as a job.</summary>
    public abstract void OnFulfilled(Realm realm, JsValue value);

    /// <summary>The awaited promise rejected: resume with a throw completion. Runs as a job.</summary>
    public abstract void OnRejected(Realm realm, JsValue reason);

    private sealed class ContinuationJob(PromiseContinuation owner, bool rejected) : Job
    {
        protected internal override void Run(Realm realm, JsValue argument)
        {
            if (rejected) owner.OnRejected(realm, argument);
            else owner.OnFulfilled(realm, argument);
        }
    }
}

/// <summary>The job of NewPromiseResolveThenableJob(promiseToResolve, thenable, then).</summary>
/// <see href="https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob"/>
internal sealed class PromiseResolveThenableJob(JsPromise promiseToResolve, JsObject thenable, JsFunction then) : Job
{
    protected internal override void Run(Realm realm, JsValue argument)
    {
        // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
        PromiseCapability resolvingFunctions = PromiseCapability.CreateResolvingFunctions(promiseToResolve);

        // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolvingFunctions.[[Resolve]], resolvingFunctions.[[Reject]] »)).
        try
        {
            then.Call2(thenable, resolvingFunctions.GetResolveFunction(realm), resolvingFunctions.GetRejectFunction(realm));
        }
        catch (JsException e)
        {
            // c. If thenCallResult is an abrupt completion, then
            //   i. Return ? Call(resolvingFunctions.[[Reject]], undefined, « thenCallResult.[[Value]] »).
            resolvingFunctions.RejectSteps(realm, e.Value);
        }

        // d. Return ? thenCallResult.
    }
}
