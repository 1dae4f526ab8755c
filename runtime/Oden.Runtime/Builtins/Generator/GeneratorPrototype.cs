namespace Oden.Runtime.Builtins;

/// <summary>%GeneratorFunction.prototype.prototype% (%GeneratorPrototype%): next, return, throw.</summary>
[JsToStringTag("Generator")]
internal static partial class GeneratorPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-generator.prototype.next"/>
    [JsFunction("next", Length = 1)]
    internal static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Validate(realm, thisValue, "next").Resume(realm, StateMachine.ModeNext, args.At(0));

    /// <see href="https://tc39.es/ecma262/#sec-generator.prototype.return"/>
    [JsFunction("return", Length = 1)]
    private static JsValue Return(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Validate(realm, thisValue, "return").Resume(realm, StateMachine.ModeReturn, args.At(0));

    /// <see href="https://tc39.es/ecma262/#sec-generator.prototype.throw"/>
    [JsFunction("throw", Length = 1)]
    private static JsValue Throw(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Validate(realm, thisValue, "throw").Resume(realm, StateMachine.ModeThrow, args.At(0));

    /// <summary>GeneratorValidate's brand check: RequireInternalSlot(generator, [[GeneratorState]]).</summary>
    private static JsGenerator Validate(Realm realm, JsValue thisValue, string method) =>
        thisValue.TryGetObject as JsGenerator
        ?? throw realm.TypeError($"{method} method called on incompatible receiver {Operations.DescribeForError(realm, thisValue)}");
}

/// <summary>%GeneratorFunction%: compiles generator source through the realm's compile hook, as Function does.</summary>
internal static partial class GeneratorFunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-generatorfunction"/>
    [JsConstructor("GeneratorFunction", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        // 3. Return ? CreateDynamicFunction(C, NewTarget, generator, parameterArgs, bodyArg).
        FunctionConstructor.CreateDynamicFunction(realm, "function*", args, newTarget, realm.Intrinsics.GeneratorFunction, realm.Intrinsics.GeneratorFunctionPrototype);
}

/// <summary>%GeneratorFunction.prototype%: only its @@toStringTag is declared here (prototype/constructor links are wired by Intrinsics).</summary>
[JsToStringTag("GeneratorFunction")]
internal static partial class GeneratorFunctionPrototype
{
}
