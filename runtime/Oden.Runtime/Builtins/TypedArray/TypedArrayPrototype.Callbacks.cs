// every, some, find, findIndex, findLast, findLastIndex, forEach, map, filter, reduce, reduceRight.
// Unlike the Array methods there are no holes: every index below the length taken at the start is visited
// and read with ! Get (undefined once a callback has shrunk or detached the buffer).
using static Oden.Runtime.Builtins.TypedArrayConstructor;

namespace Oden.Runtime.Builtins;

internal static partial class TypedArrayPrototype
{
    /// <summary>Steps 1-4 shared by the callback methods: O, len and the callable callbackfn.</summary>
    private static JsTypedArray Begin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, out int len, out JsFunction callback)
    {
        // 1-3. Let taRecord be ? ValidateTypedArray(O, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype." + method);
        len = o.Length;

        // 4. If IsCallable(callbackfn) is false, throw a TypeError exception.
        callback = ArrayHelpers.RequireCallable(realm, args.At(0));
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.every"/>
    [JsFunction("every", Length = 1)]
    private static JsValue Every(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "every", out int len, out JsFunction callback);
        JsValue thisArg = args.At(1);

        // 5-6. For each k: if ToBoolean(? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »)) is false, return false.
        for (int k = 0; k < len; k++)
        {
            JsValue kValue = o.TypedArrayGetElement(k);
            if (!Operations.ToBoolean(callback.Call3(thisArg, kValue, k, o))) return false;
        }

        // 7. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.some"/>
    [JsFunction("some", Length = 1)]
    private static JsValue Some(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "some", out int len, out JsFunction callback);
        JsValue thisArg = args.At(1);

        // 5-6. For each k: if ToBoolean(? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »)) is true, return true.
        for (int k = 0; k < len; k++)
        {
            JsValue kValue = o.TypedArrayGetElement(k);
            if (Operations.ToBoolean(callback.Call3(thisArg, kValue, k, o))) return true;
        }

        // 7. Return false.
        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach"/>
    [JsFunction("forEach", Length = 1)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "forEach", out int len, out JsFunction callback);
        JsValue thisArg = args.At(1);

        // 5-6. For each k: perform ? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »).
        for (int k = 0; k < len; k++)
        {
            callback.Call3(thisArg, o.TypedArrayGetElement(k), k, o);
        }

        // 7. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.find"/>
    [JsFunction("find", Length = 1)]
    private static JsValue Find(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "find", ascending: true, returnIndex: false);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.findindex"/>
    [JsFunction("findIndex", Length = 1)]
    private static JsValue FindIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findIndex", ascending: true, returnIndex: true);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlast"/>
    [JsFunction("findLast", Length = 1)]
    private static JsValue FindLast(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLast", ascending: false, returnIndex: false);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlastindex"/>
    [JsFunction("findLastIndex", Length = 1)]
    private static JsValue FindLastIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, "findLastIndex", ascending: false, returnIndex: true);

    /// <see href="https://tc39.es/ecma262/#sec-findviapredicate"/>
    private static JsValue FindViaPredicate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, string method, bool ascending, bool returnIndex)
    {
        // 1-3 of the callers: ValidateTypedArray, len. FindViaPredicate 1: if IsCallable(predicate) is false, throw a TypeError exception.
        JsTypedArray o = Begin(realm, thisValue, args, method, out int len, out JsFunction predicate);
        JsValue thisArg = args.At(1);

        // 2-4. For each index in the given direction: kValue = ! Get(O, Pk); if ToBoolean(? Call(predicate, thisArg, « kValue, 𝔽(k), O »)), return.
        for (int i = 0; i < len; i++)
        {
            int k = ascending ? i : len - 1 - i;
            JsValue kValue = o.TypedArrayGetElement(k);
            if (Operations.ToBoolean(predicate.Call3(thisArg, kValue, k, o)))
            {
                return returnIndex ? JsValue.FromNumber(k) : kValue;
            }
        }

        // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
        return returnIndex ? JsValue.FromNumber(-1) : default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.map"/>
    [JsFunction("map", Length = 1)]
    private static JsValue Map(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "map", out int len, out JsFunction callback);
        JsValue thisArg = args.At(1);

        // 5. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(len) »).
        JsTypedArray a = TypedArraySpeciesCreate(realm, o, [JsValue.FromNumber(len)]);

        // 6-7. For each k: mappedValue = ? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »); ? Set(A, Pk, mappedValue, true).
        for (int k = 0; k < len; k++)
        {
            JsValue mappedValue = callback.Call3(thisArg, o.TypedArrayGetElement(k), k, o);
            a.TypedArraySetElement(realm, k, mappedValue);
        }

        // 8. Return A.
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter"/>
    [JsFunction("filter", Length = 1)]
    private static JsValue Filter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "filter", out int len, out JsFunction callback);
        JsValue thisArg = args.At(1);

        // 5-8. Collect kValue for every k where ToBoolean(? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »)) is true.
        var kept = new List<JsValue>();
        for (int k = 0; k < len; k++)
        {
            JsValue kValue = o.TypedArrayGetElement(k);
            if (Operations.ToBoolean(callback.Call3(thisArg, kValue, k, o))) kept.Add(kValue);
        }

        // 9. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(captured) »).
        JsTypedArray a = TypedArraySpeciesCreate(realm, o, [JsValue.FromNumber(kept.Count)]);

        // 10-11. For each e of kept: ! Set(A, ! ToString(𝔽(n)), e, true).
        for (int n = 0; n < kept.Count; n++) a.TypedArraySetElement(realm, n, kept[n]);

        // 12. Return A.
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce"/>
    [JsFunction("reduce", Length = 1)]
    private static JsValue Reduce(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "reduce", out int len, out JsFunction callback);

        // 5. If len = 0 and initialValue is not present, throw a TypeError exception.
        if (len == 0 && args.Length < 2) throw realm.TypeError("Reduce of empty array with no initial value");

        // 6-8. accumulator = initialValue, or ! Get(O, "0") with k = 1.
        int k = 0;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else accumulator = o.TypedArrayGetElement(k++);

        // 9. For each k: accumulator = ? Call(callbackfn, undefined, « accumulator, kValue, 𝔽(k), O »).
        for (; k < len; k++)
        {
            accumulator = CallReducer(callback, accumulator, o.TypedArrayGetElement(k), k, o);
        }

        // 10. Return accumulator.
        return accumulator;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduceright"/>
    [JsFunction("reduceRight", Length = 1)]
    private static JsValue ReduceRight(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsTypedArray o = Begin(realm, thisValue, args, "reduceRight", out int len, out JsFunction callback);

        // 5. If len = 0 and initialValue is not present, throw a TypeError exception.
        if (len == 0 && args.Length < 2) throw realm.TypeError("Reduce of empty array with no initial value");

        // 6-8. accumulator = initialValue, or ! Get(O, len - 1) with k = len - 2.
        int k = len - 1;
        JsValue accumulator;
        if (args.Length >= 2) accumulator = args[1];
        else accumulator = o.TypedArrayGetElement(k--);

        // 9. For each k, descending: accumulator = ? Call(callbackfn, undefined, « accumulator, kValue, 𝔽(k), O »).
        for (; k >= 0; k--)
        {
            accumulator = CallReducer(callback, accumulator, o.TypedArrayGetElement(k), k, o);
        }

        // 10. Return accumulator.
        return accumulator;
    }

    private static JsValue CallReducer(JsFunction callback, JsValue accumulator, JsValue value, int k, JsObject o)
    {
        ArgumentBuffer4 args = default;
        args[0] = accumulator;
        args[1] = value;
        args[2] = k;
        args[3] = o;
        return callback.Call(default, args);
    }
}
