// The anonymous built-in functions that the promise algorithms create with CreateBuiltinFunction: resolving
// functions, GetCapabilitiesExecutor's executor, the element functions of Promise.all/allSettled/any, and
// Promise.prototype.finally's thenFinally/catchFinally with their value thunks and throwers. Each is a small
// closure class over its internal slots, with own "length" and then "name" (the empty string), as
// CreateBuiltinFunction defines them.
namespace Oden.Runtime.Builtins;

/// <summary>A built-in function made by CreateBuiltinFunction(steps, length, "", slots).</summary>
internal abstract class PromiseClosure : JsFunction
{
    private static readonly Shape s_shape = Shape.Root(ShapeKind.Function)
        .AddProperty("length", PropertyFlags.Configurable)
        .AddProperty("name", PropertyFlags.Configurable);

    protected PromiseClosure(Realm realm, int length)
        : base(realm, realm.Intrinsics.FunctionPrototype, s_shape)
    {
        _slots[0] = JsValue.FromNumber(length);
        _slots[1] = JsValue.EmptyString;
    }
}

/// <summary>A promise resolve or reject function over a shared [[AlreadyResolved]] record.</summary>
/// <see href="https://tc39.es/ecma262/#sec-promise-resolve-functions"/>
/// <see href="https://tc39.es/ecma262/#sec-promise-reject-functions"/>
internal sealed class PromiseResolvingFunction(Realm realm, PromiseCapability record, bool isReject) : PromiseClosure(realm, 1)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        if (isReject) record.RejectSteps(Realm, arguments.At(0));
        else record.ResolveSteps(Realm, arguments.At(0));
        return default;
    }

    public override JsValue Call1(JsValue thisValue, JsValue a0)
    {
        if (isReject) record.RejectSteps(Realm, a0);
        else record.ResolveSteps(Realm, a0);
        return default;
    }
}

/// <summary>The executor of NewPromiseCapability; its fields are the resolvingFunctions Record.</summary>
/// <see href="https://tc39.es/ecma262/#sec-getcapabilitiesexecutor-functions"/>
internal sealed class GetCapabilitiesExecutor(Realm realm) : PromiseClosure(realm, 2)
{
    public JsValue Resolve;
    public JsValue Reject;

    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        // a. If resolvingFunctions.[[Resolve]] is not undefined, throw a TypeError exception.
        // b. If resolvingFunctions.[[Reject]] is not undefined, throw a TypeError exception.
        if (!Resolve.IsUndefined || !Reject.IsUndefined)
        {
            throw Realm.TypeError("Promise executor has already been invoked with non-undefined arguments");
        }

        // c. Set resolvingFunctions.[[Resolve]] to resolve.
        Resolve = arguments.At(0);

        // d. Set resolvingFunctions.[[Reject]] to reject.
        Reject = arguments.At(1);

        // e. Return undefined.
        return default;
    }
}

/// <summary>The state the element functions of one Promise.all/allSettled/any call share.</summary>
internal sealed class PromiseCombinatorState(PromiseCapability capability)
{
    /// <summary>[[Capability]].</summary>
    public readonly PromiseCapability Capability = capability;

    /// <summary>[[Values]] (or [[Errors]] for Promise.any).</summary>
    public readonly List<JsValue> Values = [];

    /// <summary>[[RemainingElements]].[[Value]], starting at 1.</summary>
    public int RemainingElements = 1;
}

internal enum PromiseElementKind : byte
{
    /// <summary>Promise.all Resolve Element Functions.</summary>
    AllResolve,

    /// <summary>Promise.allSettled Resolve Element Functions.</summary>
    AllSettledResolve,

    /// <summary>Promise.allSettled Reject Element Functions.</summary>
    AllSettledReject,

    /// <summary>Promise.any Reject Element Functions.</summary>
    AnyReject,
}

/// <summary>The [[AlreadyCalled]] record; allSettled shares one between an element's two functions.</summary>
internal sealed class AlreadyCalledRecord
{
    public bool Value;
}

/// <summary>An element function of Promise.all, Promise.allSettled or Promise.any.</summary>
/// <see href="https://tc39.es/ecma262/#sec-promise.all-resolve-element-functions"/>
/// <see href="https://tc39.es/ecma262/#sec-promise.allsettled-resolve-element-functions"/>
/// <see href="https://tc39.es/ecma262/#sec-promise.allsettled-reject-element-functions"/>
/// <see href="https://tc39.es/ecma262/#sec-promise.any-reject-element-functions"/>
internal sealed class PromiseElementFunction(
    Realm realm, PromiseElementKind kind, int index, PromiseCombinatorState state, AlreadyCalledRecord alreadyCalled)
    : PromiseClosure(realm, 1)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        JsValue x = arguments.At(0);

        // 1. Let F be the active function object.
        // 2. If F.[[AlreadyCalled]] is true (alreadyCalled.[[Value]] for allSettled), return undefined.
        if (alreadyCalled.Value) return default;

        // 3. Set F.[[AlreadyCalled]] to true.
        alreadyCalled.Value = true;

        // 4-7. Let index, values (errors), promiseCapability and remainingElementsCount be F's slots.
        JsValue element = x;
        if (kind is PromiseElementKind.AllSettledResolve or PromiseElementKind.AllSettledReject)
        {
            // 8. Let obj be OrdinaryObjectCreate(%Object.prototype%).
            var obj = new JsObject(Realm.Intrinsics.ObjectPrototype);
            if (kind == PromiseElementKind.AllSettledResolve)
            {
                // 9. Perform ! CreateDataPropertyOrThrow(obj, "status", "fulfilled").
                obj.FastAddProperty("status", "fulfilled");

                // 10. Perform ! CreateDataPropertyOrThrow(obj, "value", x).
                obj.FastAddProperty("value", x);
            }
            else
            {
                // 9. Perform ! CreateDataPropertyOrThrow(obj, "status", "rejected").
                obj.FastAddProperty("status", "rejected");

                // 10. Perform ! CreateDataPropertyOrThrow(obj, "reason", x).
                obj.FastAddProperty("reason", x);
            }

            element = obj;
        }

        // 8 (11 for allSettled). Set values[index] to x (obj); errors[index] for any.
        state.Values[index] = element;

        // 9 (12). Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
        state.RemainingElements--;

        // 10 (13). If remainingElementsCount.[[Value]] = 0, then
        if (state.RemainingElements == 0)
        {
            if (kind == PromiseElementKind.AnyReject)
            {
                // a. Let error be a newly created AggregateError object.
                // b. Perform ! DefinePropertyOrThrow(error, "errors", PropertyDescriptor { [[Configurable]]: true,
                //    [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errors) }).
                JsObject error = AggregateErrorConstructor.CreateAllRejected(Realm, state.Values);

                // c. Return ? Call(promiseCapability.[[Reject]], undefined, « error »).
                state.Capability.Reject(Realm, error);
            }
            else
            {
                // a. Let valuesArray be CreateArrayFromList(values).
                JsArray valuesArray = Operations.CreateArrayFromList(Realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(state.Values));

                // b. Return ? Call(promiseCapability.[[Resolve]], undefined, « valuesArray »).
                state.Capability.Resolve(Realm, valuesArray);
            }
        }

        // 11 (14). Return undefined.
        return default;
    }
}

/// <summary>Promise.prototype.finally's thenFinally (value) or catchFinally (reason) closure.</summary>
/// <see href="https://tc39.es/ecma262/#sec-promise.prototype.finally"/>
internal sealed class PromiseFinallyFunction(Realm realm, JsFunction onFinally, JsFunction c, bool isCatch) : PromiseClosure(realm, 1)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        JsValue valueOrReason = arguments.At(0);

        // i. Let result be ? Call(onFinally, undefined).
        JsValue result = onFinally.Call0(default);

        // ii. Let p be ? PromiseResolve(C, result).
        JsObject p = JsPromise.PromiseResolve(Realm, c, result);

        // iii-iv. Let valueThunk be CreateBuiltinFunction(returnValue, 0, "", « ») (thrower: throwReason).
        var thunk = new PromiseValueThunk(Realm, valueOrReason, isCatch);

        // v. Return ? Invoke(p, "then", « valueThunk » / « thrower »).
        JsValue thunkValue = thunk;
        return Operations.Invoke(Realm, p, "then", new ReadOnlySpan<JsValue>(in thunkValue));
    }
}

/// <summary>The returnValue closure (returns the value) or the throwReason closure (throws the reason).</summary>
internal sealed class PromiseValueThunk(Realm realm, JsValue value, bool isThrower) : PromiseClosure(realm, 0)
{
    public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
    {
        // 1. Return NormalCompletion(value) / ThrowCompletion(reason).
        if (isThrower) throw new JsException(value);
        return value;
    }
}
