namespace Oden.Runtime.Builtins;

/// <summary>%Promise% and its static methods.</summary>
internal static partial class PromiseConstructor
{
    // The combinators' reads of C.resolve and nextPromise.then, through inline caches of their own.
    private static readonly CompilerServices.PropertySite s_resolveSite = new("resolve");
    private static readonly CompilerServices.PropertySite s_thenSite = new("then");

    /// <see href="https://tc39.es/ecma262/#sec-promise-executor"/>
    [JsConstructor("Promise", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw realm.TypeError("Promise constructor cannot be invoked without 'new'");

        // 2. If IsCallable(executor) is false, throw a TypeError exception.
        JsValue executorValue = args.At(0);
        if (executorValue._ref is not JsFunction executor)
        {
            throw realm.TypeError($"Promise resolver {JsPromise.DescribeReceiver(realm, executorValue)} is not a function");
        }

        // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", « [[PromiseState]], … »).
        // 4-7. [[PromiseState]] pending, empty reaction lists, [[PromiseIsHandled]] false.
        JsObject proto = ReferenceEquals(newTarget, realm.Intrinsics.PromiseConstructor)
            ? realm.Intrinsics.PromisePrototype
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.PromisePrototype);
        var promise = new JsPromise(proto);

        // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
        PromiseCapability resolvingFunctions = PromiseCapability.CreateResolvingFunctions(promise);

        // 9. Let completion be Completion(Call(executor, undefined, « resolvingFunctions.[[Resolve]], resolvingFunctions.[[Reject]] »)).
        try
        {
            executor.Call2(default, resolvingFunctions.GetResolveFunction(realm), resolvingFunctions.GetRejectFunction(realm));
        }
        catch (JsException e)
        {
            // 10. If completion is an abrupt completion, then
            //   a. Perform ? Call(resolvingFunctions.[[Reject]], undefined, « completion.[[Value]] »).
            resolvingFunctions.RejectSteps(realm, e.Value);
        }

        // 11. Return promise.
        return promise;
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise.all"/>
    [JsFunction("all", Length = 1)]
    private static JsValue All(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Combine(realm, thisValue, args.At(0), Combinator.All);

    /// <see href="https://tc39.es/ecma262/#sec-promise.allsettled"/>
    [JsFunction("allSettled", Length = 1)]
    private static JsValue AllSettled(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Combine(realm, thisValue, args.At(0), Combinator.AllSettled);

    /// <see href="https://tc39.es/ecma262/#sec-promise.any"/>
    [JsFunction("any", Length = 1)]
    private static JsValue Any(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Combine(realm, thisValue, args.At(0), Combinator.Any);

    /// <see href="https://tc39.es/ecma262/#sec-promise.race"/>
    [JsFunction("race", Length = 1)]
    private static JsValue Race(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Combine(realm, thisValue, args.At(0), Combinator.Race);

    /// <see href="https://tc39.es/ecma262/#sec-promise.resolve"/>
    [JsFunction("resolve", Length = 1)]
    private static JsValue Resolve(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let C be the this value.
        // 2. If C is not an Object, throw a TypeError exception.
        if (thisValue._ref is not JsObject c) throw realm.TypeError("PromiseResolve called on non-object");

        // 3. Return ? PromiseResolve(C, x).
        return JsPromise.PromiseResolve(realm, c, args.At(0));
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise.reject"/>
    [JsFunction("reject", Length = 1)]
    private static JsValue Reject(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let C be the this value.
        if (thisValue._ref is not JsObject) throw realm.TypeError("PromiseReject called on non-object");

        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        PromiseCapability promiseCapability = JsPromise.NewPromiseCapability(realm, thisValue);

        // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « r »).
        promiseCapability.Reject(realm, args.At(0));

        // 4. Return promiseCapability.[[Promise]].
        return promiseCapability.Promise;
    }

    /// <see href="https://tc39.es/ecma262/#sec-promise.withResolvers"/>
    [JsFunction("withResolvers")]
    private static JsValue WithResolvers(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let C be the this value.
        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        PromiseCapability promiseCapability = JsPromise.NewPromiseCapability(realm, thisValue);

        // 3. Let obj be OrdinaryObjectCreate(%Object.prototype%).
        var obj = new JsObject(realm.Intrinsics.ObjectPrototype);

        // 4. Perform ! CreateDataPropertyOrThrow(obj, "promise", promiseCapability.[[Promise]]).
        obj.FastAddProperty("promise", promiseCapability.Promise);

        // 5. Perform ! CreateDataPropertyOrThrow(obj, "resolve", promiseCapability.[[Resolve]]).
        obj.FastAddProperty("resolve", promiseCapability.GetResolveFunction(realm));

        // 6. Perform ! CreateDataPropertyOrThrow(obj, "reject", promiseCapability.[[Reject]]).
        obj.FastAddProperty("reject", promiseCapability.GetRejectFunction(realm));

        // 7. Return obj.
        return obj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-promise-@@species"/>
    [JsGetter("[Symbol.species]")]
    private static JsValue Species(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;

    private enum Combinator : byte
    {
        All,
        AllSettled,
        Any,
        Race,
    }

    /// <summary>
    /// The shared outline of Promise.all, allSettled, any and race (their steps 1-9 are identical but for
    /// the Perform* operation they call).
    /// </summary>
    private static JsValue Combine(Realm realm, JsValue c, JsValue iterable, Combinator kind)
    {
        // 1. Let C be the this value.
        if (c._ref is not JsObject) throw realm.TypeError($"Promise.{NameOf(kind)} called on non-object");

        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        PromiseCapability promiseCapability = JsPromise.NewPromiseCapability(realm, c);

        // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
        JsFunction promiseResolve;
        try
        {
            promiseResolve = GetPromiseResolve(realm, c.AsObject);
        }
        catch (JsException e)
        {
            // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
            promiseCapability.Reject(realm, e.Value);
            return promiseCapability.Promise;
        }

        // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
        IteratorRecord iteratorRecord;
        try
        {
            iteratorRecord = IteratorRecord.GetIterator(realm, iterable);
        }
        catch (JsException e)
        {
            // 6. IfAbruptRejectPromise(iteratorRecord, promiseCapability).
            promiseCapability.Reject(realm, e.Value);
            return promiseCapability.Promise;
        }

        // 7. Let result be Completion(PerformPromiseAll(iteratorRecord, C, promiseCapability, promiseResolve)).
        try
        {
            return kind switch
            {
                Combinator.Race => PerformPromiseRace(realm, iteratorRecord, c, promiseCapability, promiseResolve),
                _ => PerformPromiseCombinator(realm, iteratorRecord, c, promiseCapability, promiseResolve, kind),
            };
        }
        catch (JsException e)
        {
            // 8. If result is an abrupt completion, then
            //   a. If iteratorRecord.[[Done]] is false, set result to Completion(IteratorClose(iteratorRecord, result)).
            iteratorRecord.CloseAfterThrow(realm);

            //   b. IfAbruptRejectPromise(result, promiseCapability).
            promiseCapability.Reject(realm, e.Value);
            return promiseCapability.Promise;
        }

        // 9. Return ? result.
    }

    private static string NameOf(Combinator kind) => kind switch
    {
        Combinator.All => "all",
        Combinator.AllSettled => "allSettled",
        Combinator.Any => "any",
        _ => "race",
    };

    /// <see href="https://tc39.es/ecma262/#sec-getpromiseresolve"/>
    private static JsFunction GetPromiseResolve(Realm realm, JsObject promiseConstructor)
    {
        // 1. Let promiseResolve be ? Get(promiseConstructor, "resolve").
        JsValue promiseResolve = CompilerServices.Ops.GetProtocolProperty(realm, promiseConstructor, s_resolveSite);

        // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
        if (promiseResolve._ref is not JsFunction f) throw realm.TypeError("Promise resolve or reject function is not callable");

        // 3. Return promiseResolve.
        return f;
    }

    /// <summary>PerformPromiseAll, PerformPromiseAllSettled and PerformPromiseAny.</summary>
    /// <see href="https://tc39.es/ecma262/#sec-performpromiseall"/>
    /// <see href="https://tc39.es/ecma262/#sec-performpromiseallsettled"/>
    /// <see href="https://tc39.es/ecma262/#sec-performpromiseany"/>
    private static JsValue PerformPromiseCombinator(
        Realm realm, IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability,
        JsFunction promiseResolve, Combinator kind)
    {
        // 1. Let values (errors) be a new empty List.
        // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
        var state = new PromiseCombinatorState(resultCapability);

        // 3. Let index be 0.
        int index = 0;

        // 4. Repeat,
        while (true)
        {
            // a. Let next be ? IteratorStepValue(iteratorRecord).
            // b. If next is done, then
            if (!iteratorRecord.Step(realm, out JsValue next))
            {
                // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
                state.RemainingElements--;

                // ii. If remainingElementsCount.[[Value]] = 0, then
                if (state.RemainingElements == 0)
                {
                    if (kind == Combinator.Any)
                    {
                        // 1. Let error be a newly created AggregateError object.
                        // 2. Perform ! DefinePropertyOrThrow(error, "errors", … CreateArrayFromList(errors) …).
                        // 3. Return ThrowCompletion(error).
                        throw new JsException(AggregateErrorConstructor.CreateAllRejected(realm, state.Values));
                    }

                    // 1. Let valuesArray be CreateArrayFromList(values).
                    JsArray valuesArray = Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(state.Values));

                    // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
                    resultCapability.Resolve(realm, valuesArray);
                }

                // iii. Return resultCapability.[[Promise]].
                return resultCapability.Promise;
            }

            // c. Append undefined to values (errors).
            state.Values.Add(default);

            // d. Let nextPromise be ? Call(constructor, promiseResolve, « next »).
            JsValue nextPromise = promiseResolve.Call1(constructor, next);

            // e-l. Let onFulfilled (onRejected for any) be CreateBuiltinFunction(steps, 1, "", « [[AlreadyCalled]],
            //      [[Index]], [[Values]], [[Capability]], [[RemainingElements]] ») over index and the shared state.
            var alreadyCalled = new AlreadyCalledRecord();
            JsValue onFulfilled;
            JsValue onRejected;
            switch (kind)
            {
                case Combinator.All:
                    onFulfilled = new PromiseElementFunction(realm, PromiseElementKind.AllResolve, index, state, alreadyCalled);
                    onRejected = resultCapability.GetRejectFunction(realm);
                    break;
                case Combinator.AllSettled:
                    // allSettled: onFulfilled and onRejected share one alreadyCalled Record.
                    onFulfilled = new PromiseElementFunction(realm, PromiseElementKind.AllSettledResolve, index, state, alreadyCalled);
                    onRejected = new PromiseElementFunction(realm, PromiseElementKind.AllSettledReject, index, state, alreadyCalled);
                    break;
                default:
                    onFulfilled = resultCapability.GetResolveFunction(realm);
                    onRejected = new PromiseElementFunction(realm, PromiseElementKind.AnyReject, index, state, alreadyCalled);
                    break;
            }

            // m. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
            state.RemainingElements++;

            // n. Perform ? Invoke(nextPromise, "then", « onFulfilled, resultCapability.[[Reject]] »)
            //    (allSettled: « onFulfilled, onRejected »; any: « resultCapability.[[Resolve]], onRejected »).
            JsValue then = CompilerServices.Ops.GetProtocolProperty(realm, nextPromise, s_thenSite);
            if (then._ref is not JsFunction thenFunction) throw realm.TypeError("then is not a function");
            thenFunction.Call2(nextPromise, onFulfilled, onRejected);

            // o. Set index to index + 1.
            index++;
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-performpromiserace"/>
    private static JsValue PerformPromiseRace(
        Realm realm, IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability, JsFunction promiseResolve)
    {
        // 1. Repeat,
        while (true)
        {
            // a. Let next be ? IteratorStepValue(iteratorRecord).
            // b. If next is done, then return resultCapability.[[Promise]].
            if (!iteratorRecord.Step(realm, out JsValue next)) return resultCapability.Promise;

            // c. Let nextPromise be ? Call(constructor, promiseResolve, « next »).
            JsValue nextPromise = promiseResolve.Call1(constructor, next);

            // d. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], resultCapability.[[Reject]] »).
            Operations.Invoke(realm, nextPromise, "then", [resultCapability.GetResolveFunction(realm), resultCapability.GetRejectFunction(realm)]);
        }
    }
}
