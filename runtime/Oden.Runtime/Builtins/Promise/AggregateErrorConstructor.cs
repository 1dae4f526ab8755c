namespace Oden.Runtime.Builtins;

/// <summary>%AggregateError%: a NativeError-like constructor whose instances carry an `errors` array.</summary>
internal static partial class AggregateErrorConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-aggregate-error"/>
    [JsConstructor("AggregateError", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
        JsObject target = newTarget ?? realm.Intrinsics.AggregateErrorConstructor;

        // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%AggregateError.prototype%", « [[ErrorData]] »).
        var o = new JsError(realm, JsFunction.GetPrototypeFromConstructor(target, realm.Intrinsics.AggregateErrorPrototype));

        // 3. If message is not undefined, then
        JsValue message = args.At(1);
        if (!message.IsUndefined)
        {
            // a. Let msg be ? ToString(message).
            // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
            o.FastAddProperty("message", Operations.ToString(realm, message), PropertyFlags.Hidden);
        }

        // 4. Perform ? InstallErrorCause(O, options).
        if (args.At(2).TryGetObject is JsObject options && options.HasProperty("cause"))
        {
            o.FastAddProperty("cause", options.Get("cause"), PropertyFlags.Hidden);
        }

        // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
        List<JsValue> errorsList = IteratorRecord.IterableToList(realm, args.At(0));

        // 6. Perform ! DefinePropertyOrThrow(O, "errors", PropertyDescriptor { [[Configurable]]: true,
        //    [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
        o.FastAddProperty("errors", Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(errorsList)), PropertyFlags.Hidden);

        // 7. Return O.
        return o;
    }

    /// <summary>
    /// The AggregateError that Promise.any rejects with when every element rejected: a newly created
    /// AggregateError with V8's message and an `errors` array.
    /// </summary>
    internal static JsError CreateAllRejected(Realm realm, List<JsValue> errors)
    {
        var error = new JsError(realm, realm.Intrinsics.AggregateErrorPrototype);
        error.FastAddProperty("message", "All promises were rejected", PropertyFlags.Hidden);
        error.FastAddProperty("errors", Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(errors)), PropertyFlags.Hidden);
        return error;
    }
}
