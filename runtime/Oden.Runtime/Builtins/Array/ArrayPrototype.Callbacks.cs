// %Array.prototype% methods that call a callback per element: every, some, forEach, map, filter,
// reduce, reduceRight, find*, flat, flatMap. The length is read once, before the first call; elements are
// read afresh at each step, so a callback that mutates the array sees the spec's results.
using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

internal static partial class ArrayPrototype
{
    /// <summary>
    /// Call(callbackfn, thisArg, « kValue, 𝔽(k), O ») through the direct entry of a compiled callback that takes
    /// fewer parameters (the arguments it does not take are unobservable: JsFunction._directArity), without
    /// JsClosure's adapter from Call3.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static JsValue CallCallback(JsFunction callback, JsValue thisArg, JsValue kValue, double k, JsObject o) =>
        callback._directArity switch
        {
            1 => callback.Call1(thisArg, kValue),
            2 => callback.Call2(thisArg, kValue, k),
            _ => callback.Call3(thisArg, kValue, k, o),
        };

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.every"/>
    [JsFunction("every", Length = 1)]
    private static JsValue Every(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. O, len, and callbackfn must be callable.
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 4-5. For each present element: if ToBoolean(Call(callbackfn, thisArg, « kValue, 𝔽(k), O »)) is false, return false.
        for (double k = 0; k < len; k++)
        {
            if (TryGet(o, k, out JsValue kValue) && !Operations.ToBoolean(CallCallback(callback, thisArg, kValue, k, o))) return false;
        }

        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.some"/>
    [JsFunction("some", Length = 1)]
    private static JsValue Some(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 4-5. For each present element: if ToBoolean(Call(…)) is true, return true.
        for (double k = 0; k < len; k++)
        {
            if (TryGet(o, k, out JsValue kValue) && Operations.ToBoolean(CallCallback(callback, thisArg, kValue, k, o))) return true;
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.foreach"/>
    [JsFunction("forEach", Length = 1)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 4-5. For each present element: Perform ? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »).
        for (double k = 0; k < len; k++)
        {
            if (TryGet(o, k, out JsValue kValue)) CallCallback(callback, thisArg, kValue, k, o);
        }

        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.map"/>
    [JsFunction("map", Length = 1)]
    private static JsValue Map(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 4. Let A be ? ArraySpeciesCreate(O, len).
        JsObject a = ArraySpeciesCreate(realm, o, len, out JsArray? own);

        // 5-6. For each present element: CreateDataPropertyOrThrow(A, Pk, Call(…)); holes stay holes. A fresh
        // array of ours (extensible, dense, nobody else holds it) takes the value in its storage directly.
        for (double k = 0; k < len; k++)
        {
            if (!TryGet(o, k, out JsValue kValue)) continue;
            JsValue mapped = CallCallback(callback, thisArg, kValue, k, o);
            if (own is not null && k < own._dense.Length && own.IsDense) own._dense[(int)k] = mapped;
            else CreateData(realm, a, k, mapped);
        }

        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.filter"/>
    [JsFunction("filter", Length = 1)]
    private static JsValue Filter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 4. Let A be ? ArraySpeciesCreate(O, 0).
        JsObject a = ArraySpeciesCreate(realm, o, 0, out JsArray? own);

        // 5-7. Keep the elements the callback selects, packed. A fresh array of ours (nobody else holds it)
        // gets them at the end, in storage sized for a dense source's length.
        JsValue[]? kept = own is not null && o is JsArray source && source.IsDense && len <= source._dense.Length ? new JsValue[(int)len] : null;
        double to = 0;
        for (double k = 0; k < len; k++)
        {
            if (TryGet(o, k, out JsValue kValue) && Operations.ToBoolean(CallCallback(callback, thisArg, kValue, k, o)))
            {
                if (kept is not null) kept[(int)to] = kValue;
                else if (own is not null) own.Push(kValue);
                else CreateData(realm, a, to, kValue);
                to++;
            }
        }

        if (kept is not null) own!.AdoptDense(kept, (int)to);

        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.reduce"/>
    [JsFunction("reduce", Length = 1)]
    private static JsValue Reduce(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. O, len, callbackfn.
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));

        // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
        if (len == 0 && args.Length < 2) throw realm.TypeError("Reduce of empty array with no initial value");

        // 5-8. The accumulator starts at initialValue or at the first present element.
        double k = 0;
        JsValue accumulator = default;
        if (args.Length >= 2)
        {
            accumulator = args[1];
        }
        else
        {
            bool present = false;
            for (; !present && k < len; k++) present = TryGet(o, k, out accumulator);
            if (!present) throw realm.TypeError("Reduce of empty array with no initial value");
        }

        // 9. Repeat, while k < len: accumulator = Call(callbackfn, undefined, « accumulator, kValue, 𝔽(k), O »).
        for (; k < len; k++)
        {
            if (TryGet(o, k, out JsValue kValue)) accumulator = CallReducer(callback, accumulator, kValue, k, o);
        }

        return accumulator;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.reduceright"/>
    [JsFunction("reduceRight", Length = 1)]
    private static JsValue ReduceRight(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        JsFunction callback = RequireCallable(realm, args.At(0));

        // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
        if (len == 0 && args.Length < 2) throw realm.TypeError("Reduce of empty array with no initial value");

        // 5-8. The accumulator starts at initialValue or at the last present element.
        double k = len - 1;
        JsValue accumulator = default;
        if (args.Length >= 2)
        {
            accumulator = args[1];
        }
        else
        {
            bool present = false;
            for (; !present && k >= 0; k--) present = TryGet(o, k, out accumulator);
            if (!present) throw realm.TypeError("Reduce of empty array with no initial value");
        }

        // 9. Repeat, while k ≥ 0.
        for (; k >= 0; k--)
        {
            if (TryGet(o, k, out JsValue kValue)) accumulator = CallReducer(callback, accumulator, kValue, k, o);
        }

        return accumulator;
    }

    private static JsValue CallReducer(JsFunction callback, JsValue accumulator, JsValue value, double k, JsObject o)
    {
        // A compiled reducer of fewer parameters takes the first arguments in registers (see CallCallback).
        switch (callback._directArity)
        {
            case 1: return callback.Call1(default, accumulator);
            case 2: return callback.Call2(default, accumulator, value);
            case 3: return callback.Call3(default, accumulator, value, k);
        }

        ArgumentBuffer4 buffer = default;
        buffer[0] = accumulator;
        buffer[1] = value;
        buffer[2] = k;
        buffer[3] = o;
        return callback.Call(default, buffer);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.find"/>
    [JsFunction("find", Length = 1)]
    private static JsValue Find(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, ascending: true, wantIndex: false);

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.findindex"/>
    [JsFunction("findIndex", Length = 1)]
    private static JsValue FindIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, ascending: true, wantIndex: true);

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.findlast"/>
    [JsFunction("findLast", Length = 1)]
    private static JsValue FindLast(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, ascending: false, wantIndex: false);

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.findlastindex"/>
    [JsFunction("findLastIndex", Length = 1)]
    private static JsValue FindLastIndex(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        FindViaPredicate(realm, thisValue, args, ascending: false, wantIndex: true);

    /// <see href="https://tc39.es/ecma262/#sec-findviapredicate"/>
    private static JsValue FindViaPredicate(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool ascending, bool wantIndex)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // FindViaPredicate 1. If IsCallable(predicate) is false, throw a TypeError exception.
        JsFunction predicate = RequireCallable(realm, args.At(0));
        JsValue thisArg = args.At(1);

        // 2-4. Visit every index (holes read as undefined) in the given direction.
        for (double i = 0; i < len; i++)
        {
            double k = ascending ? i : len - 1 - i;
            JsValue kValue = Get(o, k);
            if (Operations.ToBoolean(CallCallback(predicate, thisArg, kValue, k, o)))
            {
                return wantIndex ? JsValue.FromNumber(k) : kValue;
            }
        }

        // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
        return wantIndex ? JsValue.FromNumber(-1) : JsValue.Undefined;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.flat"/>
    [JsFunction("flat")]
    private static JsValue Flat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let sourceLen be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double sourceLen = Operations.LengthOfArrayLike(realm, o);

        // 3-4. Let depthNum be 1, or ToIntegerOrInfinity(depth) clamped at 0.
        double depthNum = 1;
        if (!args.At(0).IsUndefined)
        {
            depthNum = Operations.ToIntegerOrInfinity(realm, args[0]);
            if (depthNum < 0) depthNum = 0;
        }

        // 5-6. Let A be ? ArraySpeciesCreate(O, 0). Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
        JsObject a = ArraySpeciesCreate(realm, o, 0);
        FlattenIntoArray(realm, a, o, sourceLen, 0, depthNum, null, default);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.flatmap"/>
    [JsFunction("flatMap", Length = 1)]
    private static JsValue FlatMap(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. O, sourceLen; mapperFunction must be callable.
        JsObject o = Operations.ToObject(realm, thisValue);
        double sourceLen = Operations.LengthOfArrayLike(realm, o);
        JsFunction mapper = RequireCallable(realm, args.At(0));

        // 4-5. Let A be ? ArraySpeciesCreate(O, 0). Perform ? FlattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg).
        JsObject a = ArraySpeciesCreate(realm, o, 0);
        FlattenIntoArray(realm, a, o, sourceLen, 0, 1, mapper, args.At(1));
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-flattenintoarray"/>
    private static double FlattenIntoArray(
        Realm realm, JsObject target, JsObject source, double sourceLen, double start, double depth, JsFunction? mapper, JsValue thisArg)
    {
        realm.EnsureStack();

        // 2. Let targetIndex be start.
        double targetIndex = start;

        // 3-4. For each present element of source:
        for (double sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++)
        {
            if (!TryGet(source, sourceIndex, out JsValue element)) continue;

            // ii. If mapperFunction is present, set element to ? Call(mapperFunction, thisArg, « element, sourceIndex, source »).
            if (mapper is not null) element = mapper.Call3(thisArg, element, sourceIndex, source);

            // iii-iv. If depth > 0 and element is an array, flatten it one level deeper.
            if (depth > 0 && Operations.IsArray(element))
            {
                var inner = (JsObject)element._ref!;
                double elementLen = Operations.LengthOfArrayLike(realm, inner);
                targetIndex = FlattenIntoArray(realm, target, inner, elementLen, targetIndex, depth - 1, null, default);
            }
            else
            {
                // v. If targetIndex ≥ 2^53 - 1, throw a TypeError; CreateDataPropertyOrThrow; targetIndex += 1.
                if (targetIndex >= MaxSafeInteger) throw realm.TypeError("Invalid array length");
                CreateData(realm, target, targetIndex, element);
                targetIndex++;
            }
        }

        return targetIndex;
    }
}
