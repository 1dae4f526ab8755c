namespace Oden.Runtime.Builtins;

/// <summary>The Math object.</summary>
[JsToStringTag("Math")]
internal static partial class MathObject
{
    /// <see href="https://tc39.es/ecma262/#sec-math.abs"/>
    [JsFunction("abs", Length = 1)]
    private static JsValue Abs(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Math.Abs(Operations.ToNumber(realm, args.At(0)));
}
