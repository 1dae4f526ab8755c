// The ES2023 "change array by copy" methods (toReversed, toSorted, toSpliced, with) and
// Array.prototype[@@unscopables]. Each reads the receiver generically (holes read through as undefined)
// and writes a fresh %Array% — never a species instance.
using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.toreversed"/>
    [JsFunction("toReversed", Length = 0)]
    private static JsValue ToReversed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3. Let A be ? ArrayCreate(len).
        JsArray a = ArrayCreate(realm, len);

        // 4-5. For each k: Let from be len - k - 1; CreateDataPropertyOrThrow(A, Pk, ? Get(O, from)).
        for (double k = 0; k < len; k++) CreateData(realm, a, k, Get(o, len - k - 1));
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.tosorted"/>
    [JsFunction("toSorted", Length = 1)]
    private static JsValue ToSorted(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
        JsValue comparefn = args.At(0);
        if (!comparefn.IsUndefined && comparefn._ref is not JsFunction)
        {
            throw realm.TypeError("The comparison function must be either a function or undefined");
        }

        // 2-4. Let O be ? ToObject(this value), len be ? LengthOfArrayLike(O), A be ? ArrayCreate(len).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsArray a = ArrayCreate(realm, len);

        // 6. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
        JsValue[] sorted = SortIndexedProperties(realm, o, len, comparefn._ref as JsFunction, out int count, skipHoles: false);

        // 7-8. CreateDataPropertyOrThrow(A, j, sortedList[j]) for each j.
        for (int j = 0; j < count; j++) CreateData(realm, a, j, sorted[j]);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.tospliced"/>
    [JsFunction("toSpliced", Length = 2)]
    private static JsValue ToSpliced(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-6. Let actualStart be the clamped relative start.
        double actualStart = RelativeIndex(realm, args.At(0), len, 0);

        // 7. Let insertCount be the number of elements in items.
        int insertCount = Math.Max(0, args.Length - 2);

        // 8-10. actualSkipCount: 0 without start, the rest without skipCount, else clamp(skipCount, 0, len - actualStart).
        double actualSkipCount;
        if (args.Length == 0) actualSkipCount = 0;
        else if (args.Length == 1) actualSkipCount = len - actualStart;
        else actualSkipCount = Math.Min(Math.Max(Operations.ToIntegerOrInfinity(realm, args[1]), 0), len - actualStart);

        // 11-12. Let newLen be len + insertCount - actualSkipCount; above 2^53 - 1 throw a TypeError.
        double newLen = len + insertCount - actualSkipCount;
        if (newLen > MaxSafeInteger) throw realm.TypeError("Invalid array length");

        // 13. Let A be ? ArrayCreate(newLen).
        JsArray a = ArrayCreate(realm, newLen);

        // 14-17. Copy the prefix, then the items, then the rest after the skipped elements.
        double i = 0;
        for (; i < actualStart; i++) CreateData(realm, a, i, Get(o, i));
        for (int n = 0; n < insertCount; n++, i++) CreateData(realm, a, i, args[n + 2]);
        for (double r = actualStart + actualSkipCount; i < newLen; i++, r++) CreateData(realm, a, i, Get(o, r));
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.with"/>
    [JsFunction("with", Length = 2)]
    private static JsValue With(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-5. relativeIndex counts from the end when negative.
        double relative = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double actualIndex = relative >= 0 ? relative : len + relative;

        // 6. If actualIndex ≥ len or actualIndex < 0, throw a RangeError exception.
        if (actualIndex >= len || actualIndex < 0) throw realm.RangeError("Invalid index : " + NumberFormatting.ToString(relative));

        // 7. Let A be ? ArrayCreate(len).
        JsArray a = ArrayCreate(realm, len);

        // 8-9. Copy every element, the replaced one from value.
        JsValue value = args.At(1);
        for (double k = 0; k < len; k++) CreateData(realm, a, k, k == actualIndex ? value : Get(o, k));
        return a;
    }

    /// <summary>
    /// Array.prototype[@@unscopables]: a null-prototype object naming the methods a <c>with</c> statement hides.
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype-@@unscopables"/>
    /// </summary>
    internal static void DefineUnscopables(JsObject prototype)
    {
        var list = new JsObject(null);
        foreach (string name in (ReadOnlySpan<string>)[
            "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
            "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"])
        {
            list.DefineDataProperty(name, JsValue.True, PropertyFlags.Default);
        }

        prototype.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.Unscopables), list, PropertyFlags.Configurable);
    }
}
