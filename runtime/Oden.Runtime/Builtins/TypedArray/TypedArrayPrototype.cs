// %TypedArray.prototype%: the accessors and the methods that read and rearrange elements. Callback
// methods are in TypedArrayPrototype.Callbacks.cs, sort/toSorted in TypedArrayPrototype.Sort.cs. toString
// is %Array.prototype.toString% itself (TypedArrayIntrinsics.cs).
//
// The methods validate the receiver once (ValidateTypedArray) and take its length then; element reads
// after user code has run (a valueOf, a callback) go through TypedArrayGetElement/TypedArraySetElement,
// which treat an index that became out of range as undefined / a no-op, exactly as the spec's ! Get and
// ! Set on an integer-indexed object do.
using System.Text;
using static Oden.Runtime.Builtins.TypedArrayConstructor;

namespace Oden.Runtime.Builtins;

/// <summary>%TypedArray.prototype%'s methods and accessors.</summary>
internal static partial class TypedArrayPrototype
{
    private static JsTypedArray RequireTypedArray(Realm realm, JsValue thisValue) =>
        thisValue._ref as JsTypedArray ?? throw realm.TypeError("this is not a typed array.");

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.buffer"/>
    [JsGetter("buffer")]
    private static JsValue Buffer(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-5. RequireInternalSlot(O, [[TypedArrayName]]); return O.[[ViewedArrayBuffer]].
        return RequireTypedArray(realm, thisValue).Buffer;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.bytelength"/>
    [JsGetter("byteLength")]
    private static JsValue ByteLength(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-6. Return 𝔽(TypedArrayByteLength(taRecord)) (0 when out of bounds).
        return RequireTypedArray(realm, thisValue).ByteLength;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.byteoffset"/>
    [JsGetter("byteOffset")]
    private static JsValue ByteOffset(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. RequireInternalSlot(O, [[TypedArrayName]]).
        JsTypedArray o = RequireTypedArray(realm, thisValue);

        // 4-6. If IsTypedArrayOutOfBounds(taRecord) is true, return +0𝔽; else O.[[ByteOffset]].
        return o.IsOutOfBounds ? 0 : o.ByteOffset;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.length"/>
    [JsGetter("length")]
    private static JsValue Length(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-7. Return 𝔽(TypedArrayLength(taRecord)), or +0𝔽 when out of bounds.
        return RequireTypedArray(realm, thisValue).Length;
    }

    /// <see href="https://tc39.es/ecma262/#sec-get-%typedarray%.prototype-@@tostringtag"/>
    [JsGetter("[Symbol.toStringTag]")]
    private static JsValue ToStringTag(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. If O is not an Object or has no [[TypedArrayName]] internal slot, return undefined; else the name.
        return thisValue._ref is JsTypedArray ta ? JsValue.FromString(TypedArrayElements.Name(ta.Kind)) : default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.at"/>
    [JsFunction("at", Length = 1)]
    private static JsValue At(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let taRecord be ? ValidateTypedArray(O, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.at");
        double len = o.Length;

        // 4-6. Let relativeIndex be ? ToIntegerOrInfinity(index); k counts from the end when negative.
        double relativeIndex = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;

        // 7. If k < 0 or k ≥ len, return undefined.
        if (k < 0 || k >= len) return default;

        // 8. Return ! Get(O, ! ToString(𝔽(k))).
        return o.TypedArrayGetElement(k);
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin"/>
    [JsFunction("copyWithin", Length = 2)]
    private static JsValue CopyWithin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let taRecord be ? ValidateTypedArray(O, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.copyWithin");
        double len = o.Length;

        // 4-12. targetIndex, startIndex and endIndex, each relative and clamped to [0, len].
        double targetIndex = ArrayHelpers.RelativeIndex(realm, args.At(0), len, 0);
        double startIndex = ArrayHelpers.RelativeIndex(realm, args.At(1), len, 0);
        double endIndex = ArrayHelpers.RelativeIndex(realm, args.At(2), len, len);

        // 13. Let count be min(endIndex - startIndex, len - targetIndex).
        double count = Math.Min(endIndex - startIndex, len - targetIndex);

        // 14. If count > 0, then
        if (count > 0)
        {
            // b-d. Set taRecord anew; if IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
            if (o.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.copyWithin on a detached ArrayBuffer");

            // e-k. len = TypedArrayLength(taRecord); byte indices relative to the buffer.
            len = o.Length;
            int elementSize = o.ElementSize;
            long byteOffset = o.ByteOffset;
            long bufferByteLimit = (long)len * elementSize + byteOffset;
            long toByteIndex = (long)targetIndex * elementSize + byteOffset;
            long fromByteIndex = (long)startIndex * elementSize + byteOffset;
            long countBytes = (long)count * elementSize;

            // l-m. Copy byte by byte, backwards when the ranges overlap with from < to, stopping at bufferByteLimit.
            // Forwards, the copy stops as soon as either index reaches the limit; backwards it starts at the
            // highest indices, so it copies everything or nothing. Span.CopyTo has memmove semantics.
            if (fromByteIndex < toByteIndex && toByteIndex < fromByteIndex + countBytes)
            {
                if (fromByteIndex + countBytes - 1 >= bufferByteLimit || toByteIndex + countBytes - 1 >= bufferByteLimit) countBytes = 0;
            }
            else
            {
                countBytes = Math.Min(countBytes, Math.Min(bufferByteLimit - fromByteIndex, bufferByteLimit - toByteIndex));
            }

            if (countBytes > 0)
            {
                byte[] data = o.Buffer._data;
                data.AsSpan((int)fromByteIndex, (int)countBytes).CopyTo(data.AsSpan((int)toByteIndex, (int)countBytes));
            }
        }

        // 15. Return O.
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.entries"/>
    [JsFunction("entries")]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.entries"), ArrayIterationKind.Entries);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.keys"/>
    [JsFunction("keys")]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.keys"), ArrayIterationKind.Keys);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.values"/>
    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype-@@iterator"/>
    [JsFunction("values", Alias = "[Symbol.iterator]")]
    internal static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsArrayIterator(realm, ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.values"), ArrayIterationKind.Values);

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill"/>
    [JsFunction("fill", Length = 1)]
    private static JsValue Fill(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let taRecord be ? ValidateTypedArray(O, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.fill");
        double len = o.Length;

        // 4-5. If O.[[ContentType]] is BigInt, set value to ? ToBigInt(value); otherwise ? ToNumber(value).
        JsValue value = o.ToContentType(realm, args.At(0));

        // 6-11. startIndex and endIndex, relative and clamped to [0, len].
        double startIndex = ArrayHelpers.RelativeIndex(realm, args.At(1), len, 0);
        double endIndex = ArrayHelpers.RelativeIndex(realm, args.At(2), len, len);

        // 12-13. Set taRecord anew; if IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
        if (o.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer");

        // 14-15. Set len to TypedArrayLength(taRecord); set endIndex to min(endIndex, len).
        endIndex = Math.Min(endIndex, o.Length);

        // 16-17. Repeat, while k < endIndex: ! Set(O, Pk, value, true). (One conversion, then the bytes repeat.)
        if (startIndex < endIndex)
        {
            int size = o.ElementSize;
            Span<byte> bytes = o.Bytes;
            Span<byte> first = bytes.Slice((int)startIndex * size, size);
            TypedArrayElements.WriteValue(o.Kind, first, value);
            for (int k = (int)startIndex + 1; k < (int)endIndex; k++) first.CopyTo(bytes.Slice(k * size, size));
        }

        // 18. Return O.
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes"/>
    [JsFunction("includes", Length = 1)]
    private static JsValue Includes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.includes");
        double len = o.Length;

        // 4. If len = 0, return false.
        if (len == 0) return false;

        // 5-10. Let n be ? ToIntegerOrInfinity(fromIndex); +∞ finds nothing; negative counts from the end.
        double n = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (double.IsPositiveInfinity(n)) return false;
        if (double.IsNegativeInfinity(n)) n = 0;
        double k = n >= 0 ? n : Math.Max(len + n, 0);

        // 11. Repeat, while k < len: if SameValueZero(searchElement, ! Get(O, k)) is true, return true.
        JsValue searchElement = args.At(0);
        for (; k < len; k++)
        {
            if (Operations.SameValueZero(searchElement, o.TypedArrayGetElement(k))) return true;
        }

        // 12. Return false.
        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof"/>
    [JsFunction("indexOf", Length = 1)]
    private static JsValue IndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.indexOf");
        double len = o.Length;

        // 4. If len = 0, return -1𝔽.
        if (len == 0) return -1;

        // 5-10. Let n be ? ToIntegerOrInfinity(fromIndex); +∞ finds nothing; negative counts from the end.
        double n = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (double.IsPositiveInfinity(n)) return -1;
        if (double.IsNegativeInfinity(n)) n = 0;
        double k = n >= 0 ? n : Math.Max(len + n, 0);

        // 11. Repeat, while k < len: if ! HasProperty(O, Pk) and IsStrictlyEqual(searchElement, ! Get(O, Pk)), return 𝔽(k).
        JsValue searchElement = args.At(0);
        if (o.IsBigIntContent)
        {
            if (!searchElement.IsBigInt) return -1;
            for (; k < len; k++)
            {
                if (o.IsValidIntegerIndex(k) && o.GetValueUnchecked((int)k).AsBigInt.Equals(searchElement.AsBigInt)) return k;
            }

            return -1;
        }

        if (!searchElement.IsNumber) return -1;
        for (; k < len; k++)
        {
            if (o.IsValidIntegerIndex(k) && o.GetElementUnchecked((int)k) == searchElement.AsNumber) return k;
        }

        // 12. Return -1𝔽.
        return -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof"/>
    [JsFunction("lastIndexOf", Length = 1)]
    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.lastIndexOf");
        double len = o.Length;

        // 4. If len = 0, return -1𝔽.
        if (len == 0) return -1;

        // 5-6. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
        double n = args.Length > 1 ? Operations.ToIntegerOrInfinity(realm, args[1]) : len - 1;

        // 7. If n = -∞, return -1𝔽.
        if (double.IsNegativeInfinity(n)) return -1;

        // 8-9. Let k be min(n, len - 1) when n ≥ 0, else len + n.
        double k = n >= 0 ? Math.Min(n, len - 1) : len + n;

        // 10. Repeat, while k ≥ 0: if ! HasProperty(O, Pk) and IsStrictlyEqual(searchElement, ! Get(O, Pk)), return 𝔽(k).
        JsValue searchElement = args.At(0);
        if (o.IsBigIntContent)
        {
            if (!searchElement.IsBigInt) return -1;
            for (; k >= 0; k--)
            {
                if (o.IsValidIntegerIndex(k) && o.GetValueUnchecked((int)k).AsBigInt.Equals(searchElement.AsBigInt)) return k;
            }

            return -1;
        }

        if (!searchElement.IsNumber) return -1;
        for (; k >= 0; k--)
        {
            if (o.IsValidIntegerIndex(k) && o.GetElementUnchecked((int)k) == searchElement.AsNumber) return k;
        }

        // 11. Return -1𝔽.
        return -1;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.join"/>
    [JsFunction("join", Length = 1)]
    private static JsValue Join(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.join");
        double len = o.Length;

        // 4-5. If separator is undefined, let sep be ","; else let sep be ? ToString(separator).
        JsValue separator = args.At(0);
        string sep = separator.IsUndefined ? "," : Operations.ToString(realm, separator);

        // 6-8. R is the elements joined by sep; an element that became undefined is the empty String.
        var r = new StringBuilder();
        for (double k = 0; k < len; k++)
        {
            if (k > 0) r.Append(sep);
            JsValue element = o.TypedArrayGetElement(k);
            if (element.IsNumber) r.Append(NumberFormatting.ToString(element.AsNumber));
            else if (element.IsBigInt) r.Append(element.AsBigInt.ToString());
            if (r.Length > JsRope.MaxStringLength) throw realm.RangeError("Invalid string length");
        }

        // 9. Return R.
        return r.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse"/>
    [JsFunction("reverse")]
    private static JsValue Reverse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.reverse");
        int len = o.Length;

        // 4-7. Swap the elements at lower and upper = len - lower - 1 while lower ≠ middle (no user code runs).
        int size = o.ElementSize;
        Span<byte> bytes = o.Bytes;
        Span<byte> tmp = stackalloc byte[8];
        for (int lower = 0, upper = len - 1; lower < upper; lower++, upper--)
        {
            Span<byte> a = bytes.Slice(lower * size, size), b = bytes.Slice(upper * size, size);
            a.CopyTo(tmp);
            b.CopyTo(a);
            tmp[..size].CopyTo(b);
        }

        // 8. Return O.
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.set"/>
    [JsFunction("set", Length = 1)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. Let target be the this value; perform ? RequireInternalSlot(target, [[TypedArrayName]]).
        JsTypedArray target = RequireTypedArray(realm, thisValue);

        // 4-5. Let targetOffset be ? ToIntegerOrInfinity(offset); if targetOffset < 0, throw a RangeError exception.
        double targetOffset = Operations.ToIntegerOrInfinity(realm, args.At(1));
        if (targetOffset < 0) throw realm.RangeError("offset is out of bounds");

        // 6-7. A typed array source copies element values (or bytes); anything else is an array-like.
        JsValue source = args.At(0);
        if (source._ref is JsTypedArray typedSource) SetTypedArrayFromTypedArray(realm, target, targetOffset, typedSource);
        else SetTypedArrayFromArrayLike(realm, target, targetOffset, source);

        // 8. Return undefined.
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray"/>
    private static void SetTypedArrayFromTypedArray(Realm realm, JsTypedArray target, double targetOffset, JsTypedArray source)
    {
        // 1-4. If IsTypedArrayOutOfBounds(targetRecord) is true, throw a TypeError exception; targetLength.
        if (target.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
        int targetLength = target.Length;

        // 5-8. If IsTypedArrayOutOfBounds(srcRecord) is true, throw a TypeError exception; srcLength.
        if (source.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
        int srcLength = source.Length;

        // 15-16. If targetOffset = +∞ or srcLength + targetOffset > targetLength, throw a RangeError exception.
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength) throw realm.RangeError("offset is out of bounds");

        // 17. If target.[[ContentType]] is not source.[[ContentType]], throw a TypeError exception.
        if (target.IsBigIntContent != source.IsBigIntContent) throw realm.TypeError("Content type of the source and the target typed arrays must match");

        // 19-20. When both views share a buffer, read from a clone of the source bytes (overlap-safe).
        ReadOnlySpan<byte> srcBytes = source.Bytes;
        if (ReferenceEquals(source.Buffer, target.Buffer)) srcBytes = srcBytes.ToArray();

        // 21-22. targetByteIndex = targetOffset × targetElementSize + targetByteOffset.
        int offset = (int)targetOffset;
        Span<byte> targetBytes = target.Bytes.Slice(offset * target.ElementSize, srcLength * target.ElementSize);

        // 23. If srcType is targetType, copy the bytes (the NOTE: "must be performed in a manner that preserves the bit-level encoding").
        if (source.Kind == target.Kind)
        {
            srcBytes.CopyTo(targetBytes);
            return;
        }

        // 24. Else, convert element by element: GetValueFromBuffer(srcType) then SetValueInBuffer(targetType).
        int srcSize = source.ElementSize, targetSize = target.ElementSize;
        if (source.IsBigIntContent)
        {
            for (int i = 0; i < srcLength; i++)
            {
                JsValue value = TypedArrayElements.ReadValue(source.Kind, srcBytes.Slice(i * srcSize, srcSize));
                TypedArrayElements.WriteValue(target.Kind, targetBytes.Slice(i * targetSize, targetSize), value);
            }

            return;
        }

        for (int i = 0; i < srcLength; i++)
        {
            double value = TypedArrayElements.Read(source.Kind, srcBytes.Slice(i * srcSize, srcSize));
            TypedArrayElements.Write(target.Kind, targetBytes.Slice(i * targetSize, targetSize), value);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-settypedarrayfromarraylike"/>
    private static void SetTypedArrayFromArrayLike(Realm realm, JsTypedArray target, double targetOffset, JsValue source)
    {
        // 1-3. If IsTypedArrayOutOfBounds(targetRecord) is true, throw a TypeError exception; targetLength.
        if (target.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer");
        double targetLength = target.Length;

        // 4-5. Let src be ? ToObject(source); srcLength = ? LengthOfArrayLike(src).
        JsObject src = Operations.ToObject(realm, source);
        double srcLength = Operations.LengthOfArrayLike(realm, src);

        // 6-7. If targetOffset = +∞ or srcLength + targetOffset > targetLength, throw a RangeError exception.
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength) throw realm.RangeError("offset is out of bounds");

        // 8-9. For each k: value = ? Get(src, Pk); ? TypedArraySetElement(target, targetOffset + k, value).
        for (double k = 0; k < srcLength; k++)
        {
            JsValue value = ArrayHelpers.Get(src, k);
            target.TypedArraySetElement(realm, targetOffset + k, value);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice"/>
    [JsFunction("slice", Length = 2)]
    private static JsValue Slice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; srcArrayLength = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.slice");
        double srcArrayLength = o.Length;

        // 4-9. startIndex and endIndex, relative and clamped to [0, srcArrayLength].
        double startIndex = ArrayHelpers.RelativeIndex(realm, args.At(0), srcArrayLength, 0);
        double endIndex = ArrayHelpers.RelativeIndex(realm, args.At(1), srcArrayLength, srcArrayLength);

        // 10-11. Let countBytes be max(endIndex - startIndex, 0); A = ? TypedArraySpeciesCreate(O, « 𝔽(countBytes) »).
        double count = Math.Max(endIndex - startIndex, 0);
        JsTypedArray a = TypedArraySpeciesCreate(realm, o, [JsValue.FromNumber(count)]);

        // 12. If countBytes > 0, then
        if (count > 0)
        {
            // a-b. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
            if (o.IsOutOfBounds) throw realm.TypeError("Cannot perform %TypedArray%.prototype.slice on a detached ArrayBuffer");

            // c-d. Set endIndex to min(endIndex, TypedArrayLength(taRecord)); count = max(endIndex - startIndex, 0).
            endIndex = Math.Min(endIndex, o.Length);
            count = Math.Max(endIndex - startIndex, 0);

            if (o.Kind == a.Kind)
            {
                // g. Same type: copy count × elementSize bytes, one byte at a time from low to high (so that a
                // species array over the same buffer sees the spec's byte order), within both buffers.
                int elementSize = o.ElementSize;
                byte[] srcData = o.Buffer._data, targetData = a.Buffer._data;
                long srcByteIndex = (long)startIndex * elementSize + o.ByteOffset;
                long targetByteIndex = a.ByteOffset;
                long endByteIndex = targetByteIndex + (long)count * elementSize;
                for (; targetByteIndex < endByteIndex && srcByteIndex < srcData.Length && targetByteIndex < targetData.Length; srcByteIndex++, targetByteIndex++)
                {
                    targetData[targetByteIndex] = srcData[srcByteIndex];
                }
            }
            else
            {
                // h. Else: n = 0; for k from startIndex to endIndex: ! Set(A, n, ! Get(O, k), true).
                double n = 0;
                for (double k = startIndex; k < endIndex; k++, n++)
                {
                    JsValue kValue = o.TypedArrayGetElement(k);
                    a.TypedArraySetElement(realm, n, kValue);
                }
            }
        }

        // 13. Return A.
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray"/>
    [JsFunction("subarray", Length = 2)]
    private static JsValue Subarray(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. RequireInternalSlot(O, [[TypedArrayName]]); buffer = O.[[ViewedArrayBuffer]].
        JsTypedArray o = RequireTypedArray(realm, thisValue);
        JsArrayBuffer buffer = o.Buffer;

        // 5-6. srcLength = 0 when out of bounds, else TypedArrayLength(srcRecord).
        double srcLength = o.IsOutOfBounds ? 0 : o.Length;

        // 7-10. startIndex, relative and clamped to [0, srcLength].
        double startIndex = ArrayHelpers.RelativeIndex(realm, args.At(0), srcLength, 0);

        // 11-13. beginByteOffset = srcByteOffset + startIndex × elementSize.
        double beginByteOffset = o.ByteOffset + startIndex * o.ElementSize;

        // 14. If O.[[ArrayLength]] is auto and end is undefined: argumentsList = « buffer, 𝔽(beginByteOffset) ».
        JsValue end = args.At(1);
        if (o.IsLengthTracking && end.IsUndefined)
        {
            return TypedArraySpeciesCreate(realm, o, [buffer, JsValue.FromNumber(beginByteOffset)]);
        }

        // 15. Else: endIndex (relative, clamped), newLength = max(endIndex - startIndex, 0).
        double endIndex = ArrayHelpers.RelativeIndex(realm, end, srcLength, srcLength);
        double newLength = Math.Max(endIndex - startIndex, 0);

        // 16. Return ? TypedArraySpeciesCreate(O, « buffer, 𝔽(beginByteOffset), 𝔽(newLength) »).
        return TypedArraySpeciesCreate(realm, o, [buffer, JsValue.FromNumber(beginByteOffset), JsValue.FromNumber(newLength)]);
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Perform ? ValidateTypedArray(array, seq-cst); len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.toLocaleString");
        double len = o.Length;

        // Array.prototype.toLocaleString 3-7: elements joined by ","; each is ToString(? Invoke(element, "toLocaleString")).
        var r = new StringBuilder();
        for (double k = 0; k < len; k++)
        {
            if (k > 0) r.Append(',');
            JsValue element = o.TypedArrayGetElement(k);
            if (element.IsNullish) continue;
            r.Append(Operations.ToString(realm, Operations.Invoke(realm, element, "toLocaleString", ReadOnlySpan<JsValue>.Empty)));
        }

        return r.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed"/>
    [JsFunction("toReversed")]
    private static JsValue ToReversed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; length = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.toReversed");
        int length = o.Length;

        // 4. Let A be ? TypedArrayCreateSameType(O, « 𝔽(length) »).
        JsTypedArray a = TypedArrayCreateSameType(realm, o, length);

        // 5-6. For each k: ! Set(A, k, ! Get(O, length - k - 1), true).
        for (int k = 0; k < length; k++)
        {
            JsValue fromValue = o.TypedArrayGetElement(length - k - 1);
            a.TypedArraySetElement(realm, k, fromValue);
        }

        // 7. Return A.
        return a;
    }

    /// <see href="https://tc39.es/ecma262/#sec-%typedarray%.prototype.with"/>
    [JsFunction("with", Length = 2)]
    private static JsValue With(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-3. ValidateTypedArray; len = TypedArrayLength(taRecord).
        JsTypedArray o = ValidateTypedArray(realm, thisValue, "%TypedArray%.prototype.with");
        double len = o.Length;

        // 4-6. Let relativeIndex be ? ToIntegerOrInfinity(index); actualIndex counts from the end when negative.
        double relativeIndex = Operations.ToIntegerOrInfinity(realm, args.At(0));
        double actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;

        // 7-8. If O.[[ContentType]] is BigInt, let numericValue be ? ToBigInt(value); otherwise ? ToNumber(value).
        JsValue numericValue = o.ToContentType(realm, args.At(1));

        // 9. If IsValidIntegerIndex(O, 𝔽(actualIndex)) is false, throw a RangeError exception.
        if (!o.IsValidIntegerIndex(actualIndex)) throw realm.RangeError("Invalid typed array index");

        // 10. Let A be ? TypedArrayCreateSameType(O, « 𝔽(len) »).
        JsTypedArray a = TypedArrayCreateSameType(realm, o, (int)len);

        // 11-12. For each k: the new value at actualIndex, else ! Get(O, Pk); ! Set(A, Pk, fromValue, true).
        for (int k = 0; k < (int)len; k++)
        {
            JsValue fromValue = k == actualIndex ? numericValue : o.TypedArrayGetElement(k);
            a.TypedArraySetElement(realm, k, fromValue);
        }

        // 13. Return A.
        return a;
    }
}
