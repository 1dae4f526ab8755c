namespace Oden.Runtime.Builtins;

/// <summary>%String% and its static methods.</summary>
internal static partial class StringConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-string-constructor-string-value"/>
    [JsConstructor("String", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. No argument: ""; a symbol called as a function: SymbolDescriptiveString.
        string s;
        if (args.Length == 0)
        {
            s = "";
        }
        else if (newTarget is null && args[0].IsSymbol)
        {
            return args[0].AsSymbol.ToString();
        }
        else
        {
            s = Operations.ToString(realm, args[0]);
        }

        // 3. If NewTarget is undefined, return s.
        if (newTarget is null) return s;

        // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.StringPrototype), s);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.fromcharcode"/>
    [JsFunction("fromCharCode", Length = 1)]
    private static JsValue FromCharCode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 1) return Operations.CharToString((char)(ushort)Operations.ToUint32(realm, args[0]));
        var chars = new char[args.Length];
        for (int i = 0; i < args.Length; i++) chars[i] = (char)(ushort)Operations.ToUint32(realm, args[i]);
        return new string(chars);
    }
}
