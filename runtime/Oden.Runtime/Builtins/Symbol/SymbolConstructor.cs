namespace Oden.Runtime.Builtins;

/// <summary>%Symbol% and the well-known symbols.</summary>
internal static partial class SymbolConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-symbol-description"/>
    [JsConstructor("Symbol", Length = 0)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is not undefined, throw a TypeError exception.
        if (newTarget is not null) throw realm.TypeError("Symbol is not a constructor");

        // 2-4. A new symbol with the description.
        JsValue description = args.At(0);
        return new JsSymbol(description.IsUndefined ? null : Operations.ToString(realm, description));
    }

    /// <see href="https://tc39.es/ecma262/#sec-symbol.for"/>
    [JsFunction("for", Length = 1)]
    private static JsValue For(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let stringKey be ? ToString(key).
        string stringKey = Operations.ToString(realm, args.At(0));

        // 2-6. The registry's symbol for stringKey, registering a new one the first time.
        return SymbolRegistry.For(stringKey);
    }

    /// <see href="https://tc39.es/ecma262/#sec-symbol.keyfor"/>
    [JsFunction("keyFor", Length = 1)]
    private static JsValue KeyFor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If sym is not a Symbol, throw a TypeError exception.
        JsValue sym = args.At(0);
        if (!sym.IsSymbol) throw realm.TypeError($"{ObjectConstructor.Describe(realm, sym)} is not a symbol");

        // 2. Return KeyForSymbol(sym): its registry key, or undefined.
        string? key = sym.AsSymbol.RegistryKey;
        return key is null ? default(JsValue) : key;
    }

    [JsConstant("iterator")] private static JsValue IteratorSymbol => JsSymbol.Iterator;
    [JsConstant("asyncIterator")] private static JsValue AsyncIteratorSymbol => JsSymbol.AsyncIterator;
    [JsConstant("hasInstance")] private static JsValue HasInstanceSymbol => JsSymbol.HasInstance;
    [JsConstant("isConcatSpreadable")] private static JsValue IsConcatSpreadableSymbol => JsSymbol.IsConcatSpreadable;
    [JsConstant("match")] private static JsValue MatchSymbol => JsSymbol.Match;
    [JsConstant("matchAll")] private static JsValue MatchAllSymbol => JsSymbol.MatchAll;
    [JsConstant("replace")] private static JsValue ReplaceSymbol => JsSymbol.Replace;
    [JsConstant("search")] private static JsValue SearchSymbol => JsSymbol.Search;
    [JsConstant("species")] private static JsValue SpeciesSymbol => JsSymbol.Species;
    [JsConstant("split")] private static JsValue SplitSymbol => JsSymbol.Split;
    [JsConstant("toPrimitive")] private static JsValue ToPrimitiveSymbol => JsSymbol.ToPrimitive;
    [JsConstant("toStringTag")] private static JsValue ToStringTagSymbol => JsSymbol.ToStringTag;
    [JsConstant("unscopables")] private static JsValue UnscopablesSymbol => JsSymbol.Unscopables;
}
