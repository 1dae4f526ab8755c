namespace Oden.Runtime.Builtins;

/// <summary>%Promise.prototype%: an ordinary object (not a promise) with then, catch and finally.</summary>
[JsToStringTag("Promise")]
internal static partial class PromisePrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-promise.prototype.then"/>
    [JsFunction("then", Length = 2)]
    private static JsValue Then(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let promise be the this value.
        // 2. If IsPromise(promise) is false, throw a TypeError exception.
        if (thisValue._ref is not JsPromise promise)
        {
            throw realm.TypeError($"Method Promise.prototype.then called on incompatible receiver {JsPromise.DescribeReceiver(realm, thisValue)}");
        }

        // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
        JsValue c = JsPromise.SpeciesConstructor(realm, promise, realm.Intrinsics.PromiseConstructor);

        // 4. Let resultCapability be ? NewPromiseCapability(C).
        PromiseCapability resultCapability = JsPromise.NewPromiseCapability(realm, c);

        // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
        return JsPromise.PerformPromiseThen(realm, promise, args.At(0), args.At(1), resultCapability);
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise.prototype.catch"/>
    [JsFunction("catch", Length = 1)]
    private static JsValue Catch(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let promise be the this value.
        // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
        return Operations.Invoke(realm, thisValue, "then", [default, args.At(0)]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise.prototype.finally"/>
    [JsFunction("finally", Length = 1)]
    private static JsValue Finally(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let promise be the this value.
        // 2. If promise is not an Object, throw a TypeError exception.
        if (thisValue._ref is not JsObject promise) throw realm.TypeError("Promise.prototype.finally called on non-object");

        // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
        // 4. Assert: IsConstructor(C) is true.
        var c = (JsFunction)JsPromise.SpeciesConstructor(realm, promise, realm.Intrinsics.PromiseConstructor).AsObject;

        JsValue onFinally = args.At(0);
        JsValue thenFinally;
        JsValue catchFinally;

        // 5. If IsCallable(onFinally) is false, then
        if (onFinally._ref is not JsFunction onFinallyFunction)
        {
            // a. Let thenFinally be onFinally.
            // b. Let catchFinally be onFinally.
            thenFinally = onFinally;
            catchFinally = onFinally;
        }
        else
        {
            // 6. Else,
            // a-b. Let thenFinally be CreateBuiltinFunction(thenFinallyClosure, 1, "", « »).
            thenFinally = new PromiseFinallyFunction(realm, onFinallyFunction, c, isCatch: false);

            // c-d. Let catchFinally be CreateBuiltinFunction(catchFinallyClosure, 1, "", « »).
            catchFinally = new PromiseFinallyFunction(realm, onFinallyFunction, c, isCatch: true);
        }

        // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
        return Operations.Invoke(realm, promise, "then", [thenFinally, catchFinally]);
    }
}
