// PromiseCapability: the PromiseCapability Record { [[Promise]], [[Resolve]], [[Reject]] }, which for a
// native promise is also the resolving functions' shared [[AlreadyResolved]] record.
//
// Two kinds: FromFunctions wraps whatever a constructor handed to GetCapabilitiesExecutor (subclasses,
// foreign constructors); CreateResolvingFunctions is CreateResolvingFunctions(promise) for a JsPromise, and
// its resolve/reject function objects are only allocated when script code can see them (the Promise
// constructor's executor, `resultCapability.[[Reject]]` passed to `then` by Promise.all, …). Calling
// Resolve/Reject on it is exactly calling those functions.
namespace Oden.Runtime.Builtins;

public sealed class PromiseCapability
{
    private readonly JsPromise? _promiseToResolve;
    private JsValue _resolve;
    private JsValue _reject;
    private bool _alreadyResolved;

    private PromiseCapability(JsObject promise, JsPromise? promiseToResolve, JsValue resolve, JsValue reject)
    {
        Promise = promise;
        _promiseToResolve = promiseToResolve;
        _resolve = resolve;
        _reject = reject;
    }

    /// <summary>[[Promise]].</summary>
    public JsObject Promise { get; }

    /// <summary>A capability over functions obtained from a constructor's executor call.</summary>
    internal static PromiseCapability FromFunctions(JsObject promise, JsValue resolve, JsValue reject) =>
        new(promise, null, resolve, reject);

    /// <summary>
    /// CreateResolvingFunctions(promise): a fresh [[AlreadyResolved]] record with its resolve and reject
    /// functions (made on first use of <see cref="GetResolveFunction"/>/<see cref="GetRejectFunction"/>).
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-createresolvingfunctions"/>
    internal static PromiseCapability CreateResolvingFunctions(JsPromise promise) => new(promise, promise, default, default);

    /// <summary>[[Resolve]] as a function value (made in <paramref name="realm"/> when it is one of ours).</summary>
    public JsValue GetResolveFunction(Realm realm)
    {
        if (_resolve.IsUndefined && _promiseToResolve is not null)
        {
            // 1-4. Let resolve be CreateBuiltinFunction(stepsResolve, 1, "", « [[Promise]], [[AlreadyResolved]] »).
            _resolve = new PromiseResolvingFunction(realm, this, isReject: false);
        }

        return _resolve;
    }

    /// <summary>[[Reject]] as a function value (made in <paramref name="realm"/> when it is one of ours).</summary>
    public JsValue GetRejectFunction(Realm realm)
    {
        if (_reject.IsUndefined && _promiseToResolve is not null)
        {
            // 6-9. Let reject be CreateBuiltinFunction(stepsReject, 1, "", « [[Promise]], [[AlreadyResolved]] »).
            _reject = new PromiseResolvingFunction(realm, this, isReject: true);
        }

        return _reject;
    }

    /// <summary>Call(capability.[[Resolve]], undefined, « resolution »).</summary>
    public void Resolve(Realm realm, JsValue resolution)
    {
        if (_promiseToResolve is null)
        {
            Operations.Call(realm, _resolve, default, new ReadOnlySpan<JsValue>(in resolution));
            return;
        }

        ResolveSteps(realm, resolution);
    }

    /// <summary>Call(capability.[[Reject]], undefined, « reason »).</summary>
    public void Reject(Realm realm, JsValue reason)
    {
        if (_promiseToResolve is null)
        {
            Operations.Call(realm, _reject, default, new ReadOnlySpan<JsValue>(in reason));
            return;
        }

        RejectSteps(realm, reason);
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise-resolve-functions"/>
    internal void ResolveSteps(Realm realm, JsValue resolution)
    {
        // 1-4. Let promise be F.[[Promise]]; let alreadyResolved be F.[[AlreadyResolved]].
        // 5. If alreadyResolved.[[Value]] is true, return undefined.
        if (_alreadyResolved) return;

        // 6. Set alreadyResolved.[[Value]] to true.
        _alreadyResolved = true;

        // 7-16.
        JsPromise.ResolvePromise(realm, _promiseToResolve!, resolution);
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise-reject-functions"/>
    internal void RejectSteps(Realm realm, JsValue reason)
    {
        // 1-4. Let promise be F.[[Promise]]; let alreadyResolved be F.[[AlreadyResolved]].
        // 5. If alreadyResolved.[[Value]] is true, return undefined.
        if (_alreadyResolved) return;

        // 6. Set alreadyResolved.[[Value]] to true.
        _alreadyResolved = true;

        // 7. Perform RejectPromise(promise, reason).
        JsPromise.RejectPromise(realm, _promiseToResolve!, reason);
    }
}
