namespace Oden.Runtime.Builtins;

/// <summary>%AsyncGeneratorFunction.prototype.prototype% (%AsyncGeneratorPrototype%): next, return, throw.</summary>
[JsToStringTag("AsyncGenerator")]
internal static partial class AsyncGeneratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next"/>
    [JsFunction("next", Length = 1)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Request(realm, thisValue, StateMachine.ModeNext, args.At(0), "next");

    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-return"/>
    [JsFunction("return", Length = 1)]
    private static JsValue Return(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Request(realm, thisValue, StateMachine.ModeReturn, args.At(0), "return");

    /// <see href="https://tc39.es/ecma262/#sec-asyncgenerator-prototype-throw"/>
    [JsFunction("throw", Length = 1)]
    private static JsValue Throw(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Request(realm, thisValue, StateMachine.ModeThrow, args.At(0), "throw");

    private static JsValue Request(Realm realm, JsValue thisValue, int mode, JsValue value, string method)
    {
        // 3-4. AsyncGeneratorValidate; IfAbruptRejectPromise: a wrong receiver gives a rejected promise.
        if (thisValue.TryGetObject is not JsAsyncGenerator generator)
        {
            JsPromise rejected = JsPromise.Create(realm);
            rejected.Reject(realm, JsError.Create(realm, ErrorKind.TypeError,
                $"{method} method called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}"));
            return rejected;
        }

        return generator.Enqueue(realm, mode, value);
    }
}

/// <summary>%AsyncGeneratorFunction%: compiles async generator source through the realm's compile hook, as Function does.</summary>
internal static partial class AsyncGeneratorFunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-asyncgeneratorfunction"/>
    [JsConstructor("AsyncGeneratorFunction", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        // 3. Return ? CreateDynamicFunction(C, NewTarget, asyncGenerator, parameterArgs, bodyArg).
        FunctionConstructor.CreateDynamicFunction(realm, "async function*", args, newTarget, realm.Intrinsics.AsyncGeneratorFunction, realm.Intrinsics.AsyncGeneratorFunctionPrototype);
}

/// <summary>%AsyncGeneratorFunction.prototype%.</summary>
[JsToStringTag("AsyncGeneratorFunction")]
internal static partial class AsyncGeneratorFunctionPrototype
{
}

/// <summary>%AsyncIteratorPrototype%: [Symbol.asyncIterator]() { return this; }.</summary>
internal static partial class AsyncIteratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-asynciteratorprototype-asynciterator"/>
    [JsFunction("[Symbol.asyncIterator]")]
    private static JsValue AsyncIterator(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => thisValue;
}
