// %Array.prototype%: the methods that read and rearrange elements. Callback methods are in
// ArrayPrototype.Callbacks.cs, sort in ArrayPrototype.Sort.cs, join/toString in ArrayPrototype.Join.cs,
// iterators in ArrayPrototype.Iterators.cs. Every method is generic over array-likes (ArrayHelpers).
using Oden.Runtime.CompilerServices;
using static Oden.Runtime.Builtins.ArrayHelpers;

namespace Oden.Runtime.Builtins;

/// <summary>%Array.prototype%'s methods.</summary>
internal static partial class ArrayPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.at"/>
    [JsFunction("at", Length = 1)]
    private static JsValue At(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-5. Let relativeIndex be ? ToIntegerOrInfinity(index); k counts from the end when negative.
        double relative = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double k = relative >= 0 ? relative : len + relative;

        // 6. If k < 0 or k ≥ len, return undefined.
        if (k < 0 || k >= len) return default;

        // 7. Return ? Get(O, ! ToString(𝔽(k))).
        return Get(o, k);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.concat"/>
    [JsFunction("concat", Length = 1)]
    private static JsValue Concat(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? ToObject(this value).
        JsObject o = Operations.ToObject(realm, thisValue);

        // 2. Let A be ? ArraySpeciesCreate(O, 0).
        JsObject a = ArraySpeciesCreate(realm, o, 0, out JsArray? own);

        // 3. Let n be 0.
        double n = 0;

        // 4-5. For each element E of « O » followed by the arguments:
        for (int i = -1; i < args.Length; i++)
        {
            JsValue e = i < 0 ? o : args[i];

            // a. Let spreadable be ? IsConcatSpreadable(E).
            if (IsConcatSpreadable(realm, e))
            {
                var eo = (JsObject)e._ref!;

                // i. Let len be ? LengthOfArrayLike(E).
                double len = Operations.LengthOfArrayLike(realm, eo);

                // ii. If n + len > 2^53 - 1, throw a TypeError exception.
                if (n + len > MaxSafeInteger) throw realm.TypeError("Invalid array length");

                // iii-iv. Copy each present element (holes stay holes): a dense array's storage in one go into a
                // fresh array of ours.
                double k = 0;
                if (own is not null && len > 0 && IsStorageExact(eo, out JsArray source) && own.TryStoreRunInFresh(n, source.DenseSpan(0, len)))
                {
                    n += len;
                    k = len;
                }

                for (; k < len; k++, n++)
                {
                    if (TryGet(eo, k, out JsValue sub)) CreateData(realm, a, n, sub);
                }
            }
            else
            {
                // c.i. If n ≥ 2^53 - 1, throw a TypeError exception.
                if (n >= MaxSafeInteger) throw realm.TypeError("Invalid array length");

                // ii-iii. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), E); n = n + 1.
                CreateData(realm, a, n, e);
                n++;
            }
        }

        // 6. Perform ? Set(A, "length", 𝔽(n), true).
        SetLength(realm, a, n);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-isconcatspreadable"/>
    private static bool IsConcatSpreadable(Realm realm, JsValue o)
    {
        // 1. If O is not an Object, return false.
        if (o._ref is not JsObject obj) return false;

        // 2-3. Let spreadable be ? Get(O, @@isConcatSpreadable); if not undefined, return ToBoolean(spreadable).
        JsValue spreadable = obj.Get(PropertyKey.FromSymbol(JsSymbol.IsConcatSpreadable));
        if (!spreadable.IsUndefined) return Operations.ToBoolean(spreadable);

        // 4. Return ? IsArray(O).
        return Operations.IsArray(o);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.copywithin"/>
    [JsFunction("copyWithin", Length = 2)]
    private static JsValue CopyWithin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-11. to, from and final, each relative and clamped to [0, len].
        double to = RelativeIndex(realm, args.At(0), len, 0);
        double from = RelativeIndex(realm, args.At(1), len, 0);
        double final = RelativeIndex(realm, args.At(2), len, len);

        // 12. Let count be min(final - from, len - to).
        double count = Math.Min(final - from, len - to);

        // 13-14. Copy backwards when the ranges overlap with from < to.
        double direction = 1;
        if (from < to && to < from + count)
        {
            direction = -1;
            from = from + count - 1;
            to = to + count - 1;
        }

        // 15. Repeat, while count > 0: move one element, or delete the target for a hole.
        while (count > 0)
        {
            if (TryGet(o, from, out JsValue fromValue)) Set(realm, o, to, fromValue);
            else DeleteOrThrow(realm, o, to);
            from += direction;
            to += direction;
            count--;
        }

        // 16. Return O.
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.fill"/>
    [JsFunction("fill", Length = 1)]
    private static JsValue Fill(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-10. k and final, relative and clamped.
        double k = RelativeIndex(realm, args.At(1), len, 0);
        double final = RelativeIndex(realm, args.At(2), len, len);

        // 11. Repeat, while k < final: Perform ? Set(O, Pk, value, true).
        JsValue value = args.At(0);
        for (; k < final; k++) Set(realm, o, k, value);
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.includes"/>
    [JsFunction("includes", Length = 1)]
    private static JsValue Includes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O). If len = 0, return false.
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        if (len == 0) return false;

        // 4-10. Let n be ? ToIntegerOrInfinity(fromIndex); k is n, or len + n when negative, at least 0.
        double n = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (double.IsPositiveInfinity(n)) return false;
        double k = n >= 0 ? n : Math.Max(len + n, 0);

        // 11. Repeat, while k < len: holes read as undefined; compare with SameValueZero.
        JsValue search = args.At(0);
        while (k < len)
        {
            // The dense run from k compares in place (comparing runs no script); a hole or the end of the
            // storage continues on the generic path for one index.
            if (o is JsArray array)
            {
                ReadOnlySpan<JsValue> run = array.DenseSpan(k, len);
                int i = search.IsNumber ? ArrayHelpers.IndexOfNumber(run, search.AsNumber, sameValueZero: true) : ArrayHelpers.IndexOfValue(run, search, sameValueZero: true);
                if (i >= 0) return true;
                k += ~i;
                if (k >= len) break;
            }

            if (Operations.SameValueZero(Get(o, k), search)) return true;
            k++;
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.indexof"/>
    [JsFunction("indexOf", Length = 1)]
    private static JsValue IndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O). If len = 0, return -1.
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        if (len == 0) return -1;

        // 4-10. Let n be ? ToIntegerOrInfinity(fromIndex); k starts at n, or len + n when negative.
        double n = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (double.IsPositiveInfinity(n)) return -1;
        double k = n >= 0 ? n : Math.Max(len + n, 0);

        // 11. Repeat, while k < len: skip holes; compare with IsStrictlyEqual.
        JsValue search = args.At(0);
        while (k < len)
        {
            // As in includes: the dense run compares in place, a hole takes the generic step.
            if (o is JsArray array)
            {
                ReadOnlySpan<JsValue> run = array.DenseSpan(k, len);
                int i = search.IsNumber ? ArrayHelpers.IndexOfNumber(run, search.AsNumber, sameValueZero: false) : ArrayHelpers.IndexOfValue(run, search, sameValueZero: false);
                if (i >= 0) return k + i;
                k += ~i;
                if (k >= len) break;
            }

            if (TryGet(o, k, out JsValue element) && Operations.IsStrictlyEqual(search, element)) return k;
            k++;
        }

        return -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.lastindexof"/>
    [JsFunction("lastIndexOf", Length = 1)]
    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O). If len = 0, return -1.
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);
        if (len == 0) return -1;

        // 4-7. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
        double n = args.Length > 1 ? Operations.ToIntegerOrInfinity(realm, args[1]) : len - 1;
        if (double.IsNegativeInfinity(n)) return -1;
        double k = n >= 0 ? Math.Min(n, len - 1) : len + n;

        // 8. Repeat, while k ≥ 0: skip holes; compare with IsStrictlyEqual.
        JsValue search = args.At(0);
        for (; k >= 0; k--)
        {
            if (TryGet(o, k, out JsValue element) && Operations.IsStrictlyEqual(search, element)) return k;
        }

        return -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.pop"/>
    [JsFunction("pop")]
    private static JsValue Pop(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // A dense array whose last element is its own: the steps below reduce to removing it.
        if (thisValue.TryGetObject is JsArray fast && fast.TryPopDense(out JsValue popped)) return popped;

        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3. If len = 0, then perform ? Set(O, "length", +0𝔽, true) and return undefined.
        if (len == 0)
        {
            SetLength(realm, o, 0);
            return default;
        }

        // 4. Else: element = ? Get(O, index); ? DeletePropertyOrThrow(O, index); ? Set(O, "length", newLen, true).
        double newLen = len - 1;
        JsValue element = Get(o, newLen);
        DeleteOrThrow(realm, o, newLen);
        SetLength(realm, o, newLen);
        return element;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.push"/>
    [JsFunction("push", Length = 1)]
    internal static JsValue Push(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue.TryGetObject is JsArray fast && fast.CanFastAppendCount(args.Length))
        {
            foreach (JsValue item in args) fast.Push(item);
            return fast.Length;
        }

        // 1-2. O = ToObject(this), len = LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 4. If len + argCount > 2^53 - 1, throw a TypeError exception.
        if (len + args.Length > MaxSafeInteger) throw realm.TypeError("Pushing " + args.Length + " elements on an array-like of length " + NumberFormatting.ToString(len) + " is disallowed, as the total surpasses 2**53-1");

        // 5. Set each element, then the length.
        foreach (JsValue item in args)
        {
            Set(realm, o, len, item);
            len++;
        }

        SetLength(realm, o, len);
        return len;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.reverse"/>
    [JsFunction("reverse")]
    private static JsValue Reverse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-5. Swap lower and upper until they meet; a hole on one side moves to the other.
        double middle = Math.Floor(len / 2);
        for (double lower = 0; lower != middle; lower++)
        {
            double upper = len - lower - 1;
            bool lowerExists = TryGet(o, lower, out JsValue lowerValue);
            bool upperExists = TryGet(o, upper, out JsValue upperValue);
            if (lowerExists && upperExists)
            {
                Set(realm, o, lower, upperValue);
                Set(realm, o, upper, lowerValue);
            }
            else if (upperExists)
            {
                Set(realm, o, lower, upperValue);
                DeleteOrThrow(realm, o, upper);
            }
            else if (lowerExists)
            {
                DeleteOrThrow(realm, o, lower);
                Set(realm, o, upper, lowerValue);
            }
        }

        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.shift"/>
    [JsFunction("shift")]
    private static JsValue Shift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3. If len = 0, then set length to +0 and return undefined.
        if (len == 0)
        {
            SetLength(realm, o, 0);
            return default;
        }

        // 4. Let first be ? Get(O, "0").
        JsValue first = Get(o, 0);

        // 5-6. Move every element down by one; holes delete.
        for (double k = 1; k < len; k++)
        {
            if (TryGet(o, k, out JsValue fromValue)) Set(realm, o, k - 1, fromValue);
            else DeleteOrThrow(realm, o, k - 1);
        }

        // 7-8. Delete the last element and set the length.
        DeleteOrThrow(realm, o, len - 1);
        SetLength(realm, o, len - 1);
        return first;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.slice"/>
    [JsFunction("slice", Length = 2)]
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-8. k and final, relative and clamped.
        double k = RelativeIndex(realm, args.At(0), len, 0);
        double final = RelativeIndex(realm, args.At(1), len, len);

        // 9. Let count be max(final - k, 0).
        double count = Math.Max(final - k, 0);

        // 10. Let A be ? ArraySpeciesCreate(O, count).
        JsObject a = ArraySpeciesCreate(realm, o, count, out JsArray? own);

        // 11-12. Copy the present elements (into the storage of a fresh array of ours directly: reading an
        // element may still run a getter, but nothing else can see A).
        double n = 0;
        if (own is not null && k < final && IsStorageExact(o, out JsArray source) && own.TryStoreRunInFresh(0, source.DenseSpan(k, final)))
        {
            // Indices past the source's storage (up to its length) are holes, and stay holes in A.
            n = count;
            k = final;
        }

        for (; k < final; k++, n++)
        {
            if (!TryGet(o, k, out JsValue kValue)) continue;
            if (own is not null && n < own._dense.Length && own.IsDense) own._dense[(int)n] = kValue;
            else CreateData(realm, a, n, kValue);
        }

        // 13. Perform ? Set(A, "length", 𝔽(n), true).
        SetLength(realm, a, n);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.splice"/>
    [JsFunction("splice", Length = 2)]
    private static JsValue Splice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-6. Let actualStart be the relative start clamped to [0, len].
        double actualStart = RelativeIndex(realm, args.At(0), len, 0);

        // 7-10. itemCount and actualDeleteCount.
        int itemCount = Math.Max(args.Length - 2, 0);
        double actualDeleteCount;
        if (args.Length == 0)
        {
            actualDeleteCount = 0;
        }
        else if (args.Length == 1)
        {
            actualDeleteCount = len - actualStart;
        }
        else
        {
            double dc = Operations.ToIntegerOrInfinity(realm, args[1]);
            actualDeleteCount = Math.Min(Math.Max(dc, 0), len - actualStart);
        }

        // 11. If len + itemCount - actualDeleteCount > 2^53 - 1, throw a TypeError exception.
        if (len + itemCount - actualDeleteCount > MaxSafeInteger) throw realm.TypeError("Invalid array length");

        // 12. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
        JsObject a = ArraySpeciesCreate(realm, o, actualDeleteCount, out JsArray? own);

        // 13-14. Copy the deleted elements into A (a dense array's storage in one go into a fresh array of ours).
        double copied = 0;
        if (own is not null && actualDeleteCount > 0 && IsStorageExact(o, out JsArray source)
            && own.TryStoreRunInFresh(0, source.DenseSpan(actualStart, actualStart + actualDeleteCount)))
        {
            copied = actualDeleteCount;
        }

        for (double k = copied; k < actualDeleteCount; k++)
        {
            if (TryGet(o, actualStart + k, out JsValue fromValue)) CreateData(realm, a, k, fromValue);
        }

        // 15. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
        SetLength(realm, a, actualDeleteCount);

        // 16-21 on a dense array whose prototypes have no indexed properties: every step is an own data
        // property access, so the storage moves in place (A was created above: its species lookup may have run script).
        if (o is JsArray dense && o.Prototype is { } proto && !Ops.ProtoChainHasIndexedProperties(proto)
            && dense.TrySpliceDense((uint)len, (uint)actualStart, (uint)actualDeleteCount, args.Length > 2 ? args[2..] : default))
        {
            return a;
        }

        // 16-17. Shift the tail left when fewer items are inserted than deleted…
        if (itemCount < actualDeleteCount)
        {
            for (double k = actualStart; k < len - actualDeleteCount; k++)
            {
                double from = k + actualDeleteCount, to = k + itemCount;
                if (TryGet(o, from, out JsValue fromValue)) Set(realm, o, to, fromValue);
                else DeleteOrThrow(realm, o, to);
            }

            for (double k = len; k > len - actualDeleteCount + itemCount; k--)
            {
                DeleteOrThrow(realm, o, k - 1);
            }
        }

        // 18. …or right, from the end, when more are inserted.
        else if (itemCount > actualDeleteCount)
        {
            for (double k = len - actualDeleteCount; k > actualStart; k--)
            {
                double from = k + actualDeleteCount - 1, to = k + itemCount - 1;
                if (TryGet(o, from, out JsValue fromValue)) Set(realm, o, to, fromValue);
                else DeleteOrThrow(realm, o, to);
            }
        }

        // 19-20. Write the items.
        for (int i = 0; i < itemCount; i++) Set(realm, o, actualStart + i, args[i + 2]);

        // 21. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
        SetLength(realm, o, len - actualDeleteCount + itemCount);
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.prototype.unshift"/>
    [JsFunction("unshift", Length = 1)]
    private static JsValue Unshift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be ? ToObject(this value). Let len be ? LengthOfArrayLike(O).
        JsObject o = Operations.ToObject(realm, thisValue);
        double len = Operations.LengthOfArrayLike(realm, o);

        // 3-4. If argCount > 0, then
        int argCount = args.Length;
        if (argCount > 0)
        {
            // a. If len + argCount > 2^53 - 1, throw a TypeError exception.
            if (len + argCount > MaxSafeInteger) throw realm.TypeError("Invalid array length");

            // b-c. Move the elements up by argCount, from the end.
            for (double k = len; k > 0; k--)
            {
                double from = k - 1, to = k + argCount - 1;
                if (TryGet(o, from, out JsValue fromValue)) Set(realm, o, to, fromValue);
                else DeleteOrThrow(realm, o, to);
            }

            // d-f. Write the arguments at the front.
            for (int j = 0; j < argCount; j++) Set(realm, o, j, args[j]);
        }

        // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
        SetLength(realm, o, len + argCount);
        return len + argCount;
    }
}
